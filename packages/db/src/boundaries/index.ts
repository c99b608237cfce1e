export { boundaryVersion, servedBoundaries, treeById, type ServedBoundaries } from "./served-boundaries.js";
export { BoundaryFileError, prepareBoundarySet, type PreparedBoundarySet } from "./prepare-boundary-set.js";
