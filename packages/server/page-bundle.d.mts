/** The browser entry of the page. */
export declare const PAGE_ENTRY: string;
/** The page script as one minified IIFE. */
export declare function bundlePageScript(): Promise<string>;
