'use strict';

const {
  SHARE_ENV, Worker, getEnvironmentData, isMainThread, resourceLimits, setEnvironmentData, state,
  threadId,
} = require('internal/worker');
const {
  MessageChannel, MessagePort, isMarkedAsUntransferable, markAsUncloneable, markAsUntransferable,
  moveMessagePortToContext, receiveMessageOnPort,
} = require('internal/worker/io');
const { BroadcastChannel } = require('internal/worker/broadcast_channel');

function postMessageToThread() {
  const { codes: { ERR_WORKER_MESSAGING_FAILED } } = require('internal/errors');
  return Promise.reject(new ERR_WORKER_MESSAGING_FAILED());
}

module.exports = {
  isInternalThread: false,
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits,
  postMessageToThread,
  threadId,
  threadName: isMainThread ? 'main' : state.name ?? 'WorkerThread',
  SHARE_ENV,
  Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
