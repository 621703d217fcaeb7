'use strict';
// The module's shape: create/createDomain/Domain, no dispose(), Domain is an EventEmitter with
// members and its own listeners; process.domain descriptor.
const domain = require('domain');
const EventEmitter = require('events');
console.log(Object.keys(domain).sort());
const d = domain.createDomain();
console.log(d instanceof domain.Domain, d instanceof EventEmitter, d.domain, d.members);
console.log(typeof d.dispose, typeof d.run, typeof d.bind, typeof d.intercept, typeof d.enter);
console.log(d.eventNames(), Object.keys(d));
const desc = Object.getOwnPropertyDescriptor(process, 'domain');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
const e = new EventEmitter();
console.log(Object.getOwnPropertyDescriptor(e, 'domain'));
console.log(require('node:domain') === domain);
