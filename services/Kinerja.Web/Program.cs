using Kinerja.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGet("/", () => Results.Content(
    "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Kinerja</title></head>" +
    "<body><h1>Kinerja</h1><p>Sistem Perjanjian Kinerja (SAKIP). Antarmuka lengkap sedang dibangun.</p></body></html>",
    "text/html; charset=utf-8")).AllowAnonymous();
app.Run();
