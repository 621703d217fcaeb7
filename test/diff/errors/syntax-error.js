// The file itself does not parse: node prints file:line, the line and a caret.
let x = ;
