using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Publish;

/// <summary>Publishes the site (the generator runs in-process), shows its progress and result, restores earlier releases.</summary>
public sealed class IndexModel(Publisher publisher, ReleaseStore releases, PublishProgress progress) : AdminPageModel
{
    public IReadOnlyList<Release> Releases { get; private set; } = [];

    public PublishProgress Progress => progress;

    public string? Failure { get; private set; }

    public void OnGet() => Releases = releases.List();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
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

        Releases = releases.List();
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

    /// <summary>The running publish's steps, for the page's script to show while the publish request is pending.</summary>
    public IActionResult OnGetProgress() => new JsonResult(new { running = progress.IsRunning, steps = progress.Steps, error = progress.Error });
}
