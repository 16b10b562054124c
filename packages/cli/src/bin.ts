#!/usr/bin/env node
import { main } from './main.js';
import { processIo } from './process-io.js';

const { io, dispose } = processIo();
process.exitCode = await main(process.argv.slice(2), io);
dispose();
