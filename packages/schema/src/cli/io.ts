/** What the CLI touches of the outside world, passed in so tests can run it without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  listDir(path: string): Promise<string[]>;
  /** Asks a person and returns the answer; absent when nobody is there to answer (no terminal). */
  ask?(question: string): Promise<string>;
}

export interface Options {
  lang: string;
  out?: string;
  positionals: string[];
  /** The options only some commands read (`init`'s --name, --stages …), as given. */
  flags?: Record<string, string | boolean | undefined>;
}
