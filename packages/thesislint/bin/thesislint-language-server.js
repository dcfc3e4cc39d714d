#!/usr/bin/env node
'use strict';
if (Number(process.versions.node.split('.')[0]) < 20) {
  process.stderr.write(`thesislint-language-server needs Node.js 20 or later (this is ${process.version}); the current LTS is recommended.\n`);
  process.exit(2);
}
require('../dist/server.js');
