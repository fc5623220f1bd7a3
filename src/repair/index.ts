/** Repairs of text damaged before it reached us, each applied only where the damage is evident. */
export { CP1252_HIGH, highByteOf } from "./cp1252.js";
export { type MojibakeRepair, repairMojibake } from "./mojibake.js";
