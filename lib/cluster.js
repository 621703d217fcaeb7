'use strict';
// node:cluster: the primary's API in a normal process, the worker's in a process the primary
// forked (NODE_UNIQUE_ID in its environment).

module.exports = 'NODE_UNIQUE_ID' in process.env ?
  require('internal/cluster/child') : require('internal/cluster/primary');
