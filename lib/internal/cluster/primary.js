'use strict';
// The cluster primary: forks workers (the same script with NODE_UNIQUE_ID set), answers their
// queryServer requests with a round-robin or a shared listening handle, and follows their
// lifecycle (fork, online, listening, disconnect, exit).

const EventEmitter = require('events');
const path = require('path');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const handles = new Map();
let ids = 0;
let initialized = false;

cluster.isWorker = false;
cluster.isMaster = true;  // deprecated alias
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

let schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;
if (schedulingPolicy === 'rr') schedulingPolicy = SCHED_RR;
else if (schedulingPolicy === 'none') schedulingPolicy = SCHED_NONE;
else schedulingPolicy = process.platform === 'win32' ? SCHED_NONE : SCHED_RR;
cluster.schedulingPolicy = schedulingPolicy;

cluster.setupPrimary = function(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  // A debugger port in execArgv would be shared by every worker: node bumps it; nodus has
  // no inspector, so execArgv passes through.
  cluster.settings = settings;
  if (initialized === true) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy;  // freeze it
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw new Error(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const execArgv = [...cluster.settings.execArgv];
  return fork(cluster.settings.exec, cluster.settings.args, {
    cwd: cluster.settings.cwd,
    env: workerEnv,
    serialization: cluster.settings.serialization,
    silent: cluster.settings.silent,
    windowsHide: cluster.settings.windowsHide,
    execArgv,
    stdio: cluster.settings.stdio,
    gid: cluster.settings.gid,
    uid: cluster.settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  handles.forEach((handle, key) => {
    if (handle.remove(worker)) handles.delete(key);
  });
}

cluster.fork = function(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // A worker that exits while still connected is disconnected when the channel closes;
    // one that already disconnected is forgotten now.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    // Connections and servers of a disconnected worker go to the others.
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of Object.values(cluster.workers)) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

const methodMessageMapping = {
  close,
  exitedAfterDisconnect,
  listening,
  online,
  queryServer,
};

function onmessage(message, handle) {
  const fn = methodMessageMapping[message.act];
  if (typeof fn === 'function') fn(this, message);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  // A worker on its way out gets no new servers.
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:` +
    `${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // Unix socket paths are limited to ~100 bytes: use the shorter of the two spellings.
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      address = path.relative(process.cwd(), address);
      if (message.address.length < address.length) address = message.address;
    }
    const udp = message.addressType === 'udp4' || message.addressType === 'udp6';
    const Handle = schedulingPolicy !== SCHED_RR || udp ?
      require('internal/cluster/shared_handle') : require('internal/cluster/round_robin_handle');
    handle = new Handle(key, address, message);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, rawHandle) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key);  // lets another worker try again
    send(worker, { errno, key, ack: message.seq, data, ...reply }, rawHandle);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// A worker closed a server: forget its share of the handle.
function close(worker, message) {
  const key = message.key;
  const handle = handles.get(key);
  if (handle && handle.remove(worker)) handles.delete(key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

// Primary-side Worker methods.
Worker.prototype.disconnect = function() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

// kill()/destroy() in the primary signals the worker at once (node 22); disconnect() is the
// graceful way.
Worker.prototype.destroy = function(signo) {
  this.process.kill(signo || 'SIGTERM');
};

module.exports = cluster;
