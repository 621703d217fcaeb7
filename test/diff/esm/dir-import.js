// ERR_UNSUPPORTED_DIR_IMPORT with the CommonJS hint.
import '../../fixtures/esm/dir-with-index';
