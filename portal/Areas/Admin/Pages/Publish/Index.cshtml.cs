using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Checks;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Publish;

/// <summary>Publishes the site (the generator runs in-process), shows its progress and result, restores earlier releases.</summary>
public sealed class IndexModel(Publisher publisher, ReleaseStore releases, PublishProgress progress) : AdminPageModel
{
    public IReadOnlyList<Release> Releases { get; private set; } = [];

    public PublishProgress Progress => progress;

    public string? Failure { get; private set; }

    /// <summary>Each plan's checks and translation coverage, as the build will find them.</summary>
    public IReadOnlyList<PlanChecks> Checks { get; private set; } = [];

    public bool HasErrors => Checks.Any(p => p.Checks.Any(c => c.Severity == CheckSeverity.Error));

    public bool HasWarnings => Checks.Any(p => p.Checks.Any(c => c.Severity == CheckSeverity.Warning));

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(bool acknowledgeWarnings, CancellationToken cancellationToken)
    {
        Load();
        if (HasErrors || (HasWarnings && !acknowledgeWarnings))
        {
            Failure = HasErrors ? T.PublishChecksBlock : T.PublishChecksAcknowledge;
            return Page();
        }

        try
        {
            await publisher.PublishAsync(User.Identity!.Name!, cancellationToken);
            return RedirectDone("published");
        }
        catch (PublishInProgressException)
        {
            Failure = T.PublishBusy;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failure = Format(T.PublishFailed, ex.Message);
        }

        Load();
        return Page();
    }

    public IActionResult OnPostRestore(string? name)
    {
        try
        {
            publisher.Restore(name ?? string.Empty, User.Identity!.Name!);
            return RedirectDone("restored");
        }
        catch (ValidationException ex)
        {
            AddErrors(ex.Errors);
            Releases = releases.List();
            return Page();
        }
    }

    private void Load()
    {
        Releases = releases.List();
        var reader = Reader;
        Checks = reader.ListPlans().Select(p => reader.Load(p.Slug)).OfType<PlanSnapshot>()
            .Select(s => new PlanChecks(s.Plan.Slug, PublishChecks.Of(s), TranslationCoverage.Of(s))).ToList();
    }

    /// <summary>The running publish's steps, for the page's script to show while the publish request is pending.</summary>
    public IActionResult OnGetProgress() => new JsonResult(new { running = progress.IsRunning, steps = progress.Steps.Select(T.Step), error = progress.Error });
}

/// <summary>One plan's findings before a publish.</summary>
public sealed record PlanChecks(string Slug, IReadOnlyList<PublishCheck> Checks, TranslationCoverage Translation);
