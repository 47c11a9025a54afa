/** What the CLI touches of the outside world, passed in so tests can run it without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  listDir(path: string): Promise<string[]>;
}

export interface Options {
  lang: string;
  out?: string;
  positionals: string[];
}
