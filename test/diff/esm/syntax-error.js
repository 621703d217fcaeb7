// A syntax error in an imported module: file URL, line, caret.
import '../../fixtures/esm/syntax-error.mjs';
