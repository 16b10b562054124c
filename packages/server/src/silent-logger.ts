/** A logger that writes nothing (the default of `createApp`). */
export const silentLogger = { info() {}, warn() {}, error() {} };
