import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A web-test-runner plugin: browser tests ask Node to check a document against a committed JSON Schema
 * file with a standard validator (ajv), the way any other project would read our files.
 * `executeServerCommand('validate-json-schema', { schema: 'response', document })` → list of errors.
 */
export function jsonSchemaCommand() {
  const validators = new Map();
  const validator = (name) => {
    if (!validators.has(name)) {
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats(ajv);
      const file = new URL(`../../packages/schema/generated/${name}.schema.json`, import.meta.url);
      validators.set(name, ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
    }
    return validators.get(name);
  };
  return {
    name: 'poolster-json-schema',
    executeCommand({ command, payload }) {
      if (command !== 'validate-json-schema') return undefined;
      const validate = validator(payload.schema);
      return validate(payload.document) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
    },
  };
}
