'use strict';
// The hello-world server wrk drives: prints its port, serves until killed.
const http = require('http');
const server = http.createServer((req, res) => res.end('Hello World'));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
