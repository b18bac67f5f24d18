// placeholder so the stage library has a source until its first file lands
