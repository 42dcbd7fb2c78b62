/** See check.cjs: importing it checks the running Node. */
export {};
