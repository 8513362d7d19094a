// The column encodings are shared with the PostGIS store (Core), under the names this project has always used.
global using IsoTime = Safeground.Core.Storage.StoredTime;
global using Names = Safeground.Core.Storage.StoredNames;
