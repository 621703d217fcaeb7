'use strict';
// An unref'ed server (before or after listen) does not keep the process alive.
const common = require('../common');
const net = require('net');

net.createServer().unref().listen(0, common.mustCall());
const s = net.createServer().listen(0, common.mustCall(() => s.unref()));
