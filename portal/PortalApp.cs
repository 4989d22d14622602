using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PerformancePlan.Core.Agencies;
using PerformancePlan.Core.Budget;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Import.Data;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.SitePages;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Users;
using PerformancePlan.Generator.Site;
using PerformancePlan.Portal.Auth;
using PerformancePlan.Portal.Publishing;
using PerformancePlan.Portal.Security;

namespace PerformancePlan.Portal;

/// <summary>Wires the portal: services, security, the admin's Razor Pages and the published site.</summary>
public static class PortalApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>
    /// Registers everything. Settings are read when first needed (not here), so that a test host's
    /// configuration, applied after Program starts, decides the data directory.
    /// </summary>
    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.Section))
            .PostConfigure(o => Directory.CreateDirectory(o.Resolve().DataDirectory));
        services.AddSingleton(TimeProvider.System);
        // Chinese text is written as characters, not numeric references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton(sp => new PlanDatabase(sp.GetRequiredService<IOptions<PortalOptions>>().Value.DatabasePath));
        AddStores(services);
        services.AddSingleton<SessionStore>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignInService>();
        services.AddScoped<SessionValidation>();
        services.AddSingleton(SafeMarkdown.Instance);
        services.AddSingleton<ReleaseStore>();
        services.AddSingleton<CurrentRelease>();
        services.AddSingleton<PublishProgress>();
        services.AddSingleton<Publisher>();
        services.AddSingleton<ISitePublisher, GeneratorSitePublisher>();
        services.AddSingleton<IDeployTargetSource, ConfiguredDeployTarget>();
        services.AddSingleton<ReleaseDeploy>();
        services.AddSingleton<IContentSeeder, ContentDirectorySeeder>();
        services.AddHostedService<FirstStart>();

        services.AddDataProtection().SetApplicationName("PerformancePlan.Portal");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<PortalOptions>>((keys, portal) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(portal.Value.KeysDirectory), NullLoggerFactory.Instance));

        services.AddAuthentication(PortalClaims.Scheme)
            .AddCookie(PortalClaims.Scheme, cookie =>
            {
                cookie.Cookie.Name = "pp-session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.Path = "/";
                cookie.CookieManager = new HostPrefixCookieManager();
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/admin/account/signin";
                cookie.LogoutPath = "/admin/account/signout";
                cookie.AccessDeniedPath = "/admin/account/signin";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.EventsType = typeof(SessionValidation);
            });
        services.AddOptions<CookieAuthenticationOptions>(PortalClaims.Scheme).Configure<IOptions<PortalOptions>>((cookie, portal) =>
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(portal.Value.IdleTimeoutMinutes));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, p => p.RequireRole(Policies.RolesAtLeast(UserRole.Editor)))
            .AddPolicy(Policies.Publisher, p => p.RequireRole(Policies.RolesAtLeast(UserRole.Publisher)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.RolesAtLeast(UserRole.Admin)));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "pp-antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.Path = "/admin";
            antiforgery.FormFieldName = "__RequestVerificationToken";
            antiforgery.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddSignInRateLimit();
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.Editor);
            pages.Conventions.AuthorizeAreaFolder("Admin", "/Publish", Policies.Publisher);
            pages.Conventions.AuthorizeAreaFolder("Admin", "/Users", Policies.Admin);
            pages.Conventions.AuthorizeAreaPage("Admin", "/Agencies/City", Policies.Admin);
            pages.Conventions.AllowAnonymousToAreaPage("Admin", "/Account/SignIn");
            pages.Conventions.AllowAnonymousToAreaPage("Admin", "/Account/SignOut");
            pages.Conventions.AllowAnonymousToAreaPage("Admin", "/Account/Language");
            pages.Conventions.AddAreaPageRoute("Admin", "/Dashboard/Index", "admin");
        })
        .AddMvcOptions(mvc =>
        {
            // Core's rules validate, with messages in both languages that name the field; attributes on an
            // input model ([StringLength]) only describe the form (maxlength and its hint).
            mvc.ModelValidatorProviders.Clear();
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        })
        .AddViewOptions(views => views.HtmlHelperOptions.ClientValidationEnabled = false);
    }

    /// <summary>Core's stores and queries, one each: pages and services take them from here.</summary>
    private static void AddStores(IServiceCollection services)
    {
        services.AddSingleton<PlanReader>();
        services.AddSingleton<StoreChanges>();
        services.AddSingleton<PlanCache>();
        services.AddSingleton<PlanTextStore>();
        services.AddSingleton<GoalStore>();
        services.AddSingleton<IndicatorStore>();
        services.AddSingleton<FigureSettingsStore>();
        services.AddSingleton<ActualStore>();
        services.AddSingleton<ExchangeStore>();
        services.AddSingleton<BudgetStore>();
        services.AddSingleton<ESignatureStore>();
        services.AddSingleton<CsvImport>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<SitePageStore>();
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<AgencyStore>();
        services.AddSingleton<CityNameStore>();
        services.AddSingleton<IndicatorLinkStore>();
        services.AddSingleton<NextYearPlan>();
    }

    public static void UsePipeline(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/admin/error");
        }

        app.UseStatusCodePages(StatusPages.Write);
        if (Directory.Exists(options.WebRoot))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(options.WebRoot),
                RequestPath = "/admin/assets",
            });
        }

        app.UsePublishedSite(app.Services.GetRequiredService<CurrentRelease>());
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.Map("/admin/error", StatusPages.Error);
    }
}
