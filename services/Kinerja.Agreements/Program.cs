using Kinerja.Agreements.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOperationsEndpoints();
app.MapAgreementsApi();
app.Run();
