using System.Text;
using System.Xml;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>The one way the build writes XML: UTF-8 without BOM, indented, LF line ends, so output is byte-identical everywhere.</summary>
internal static class XmlFiles
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        var stream = ScratchBytes.Stream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
