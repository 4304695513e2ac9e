global using System.Collections.Immutable;
global using Kinerja.Measurements.LearningAgreements;
global using Kinerja.Measurements.Periods;
global using Kinerja.Measurements.Realisations;
global using Kinerja.ServiceDefaults;
global using Kinerja.ServiceDefaults.Auth;
global using Kinerja.ServiceDefaults.Problems;
