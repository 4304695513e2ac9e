global using Kinerja.Agreements.Decisions;
global using Kinerja.Agreements.Values;
global using Kinerja.ServiceDefaults;
global using Kinerja.ServiceDefaults.Problems;
