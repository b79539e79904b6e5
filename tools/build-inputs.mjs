// Reading of build inputs with messages that name the file and what is wrong with it, so a
// missing or broken package stops the build with a sentence instead of a stack trace.
import { readFileSync } from 'node:fs';

export class InputError extends Error {}

export function readBytes(path, what) {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read ${what} at ${path} (${e.code || e.message}); run npm ci or install the package`);
  }
}

export function readJson(path, what, check) {
  const text = readBytes(path, what).toString('utf8');
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} at ${path} is not valid JSON: ${e.message}`);
  }
  const problem = check(value);
  if (problem) throw new InputError(`${what} at ${path} is not what the build expects: ${problem}`);
  return value;
}

// Parses "--name value" pairs; every name in `required` must be given.
export function parseArgs(argv, required) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new InputError(`bad argument ${argv[i]}`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const name of required) if (!args[name]) throw new InputError(`missing --${name}`);
  return args;
}

export function runTool(name, main) {
  try {
    main();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${name}: error: ${e.message}\n`);
    process.exit(1);
  }
}
