/** See index.cjs. */
export declare const PINNED: { version: string; integrity: Record<string, string> };
export declare const RUNTIME_DIR: string;
export declare const ROOT: string;
/** The root package.json's `engines.node`. */
export declare function supportedRange(): string;
export declare function isSupported(version: string): boolean;
/** Throws, naming `what` and the Node it found, unless this process runs on a supported Node. */
export declare function assertSupportedNode(what: string): void;
