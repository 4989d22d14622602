global using System.Net;
global using Microsoft.Extensions.DependencyInjection;
global using PerformancePlan.Core.Users;
global using PerformancePlan.Portal.Tests.Support;
