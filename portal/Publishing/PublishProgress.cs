namespace PerformancePlan.Portal.Publishing;

/// <summary>What the running (or last) publish has reported, for the publish page to show as it goes.</summary>
public sealed class PublishProgress : IProgress<PublishStep>
{
    private readonly Lock gate = new();
    private readonly List<PublishStep> steps = [];

    public bool IsRunning { get; private set; }

    public string? Error { get; private set; }

    public Release? Result { get; private set; }

    public void Start()
    {
        lock (gate)
        {
            steps.Clear();
            IsRunning = true;
            Error = null;
            Result = null;
        }
    }

    public void Report(PublishStep value)
    {
        lock (gate)
        {
            steps.Add(value);
        }
    }

    public void Fail(string error)
    {
        lock (gate)
        {
            Error = error;
            IsRunning = false;
        }
    }

    public void Finish(Release release)
    {
        lock (gate)
        {
            Result = release;
            IsRunning = false;
        }
    }

    public IReadOnlyList<PublishStep> Steps
    {
        get
        {
            lock (gate)
            {
                return steps.ToList();
            }
        }
    }
}
