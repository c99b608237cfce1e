// Public API of this folder (filled in by its feature work).
export {};
