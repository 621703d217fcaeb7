// Flags: --enable-source-maps
// An uncaught error in a mapped file: the report's source line and frames are the original's.
require('../fixtures/source-maps/inline.js');
