global using System.Reflection;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.Azure.Functions.Worker;
