/** The part of web-ext's programmatic API the tests call (web-ext ships no types). */
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }

  export interface LintOptions {
    sourceDir: string;
    /** Passed on to addons-linter, which also accepts "none" to print nothing. */
    output?: 'text' | 'json' | 'none';
    selfHosted?: boolean;
    boring?: boolean;
    pretty?: boolean;
    metadata?: boolean;
    warningsAsErrors?: boolean;
    privileged?: boolean;
    verbose?: boolean;
  }

  const webExt: {
    cmd: {
      lint(options: LintOptions, runOptions?: { shouldExitProgram?: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
