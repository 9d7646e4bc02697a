using System.Text;
using System.Text.RegularExpressions;

namespace ChainHarness.Cli.Tests.Ci;

/// <summary>
/// The <c>chainharness</c> command lines in a CI script, as the shell would split them: lines
/// continued with <c>\</c> joined, quotes removed, a GitHub expression (<c>${{ … }}</c>) taken as
/// the one word it becomes, a leading <c>nohup</c> and anything after <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>|</c>, <c>&amp;</c>,
/// a redirection or <c>#</c> dropped.
/// </summary>
internal static partial class ShellLines
{
    public static IEnumerable<string[]> ChainharnessCommands(string script)
    {
        var joined = GithubExpression().Replace(script.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal), "1");
        foreach (var line in joined.Split('\n'))
        {
            var words = Words(line);
            if (words.Count > 0 && words[0] == "nohup")
            {
                words.RemoveAt(0);
            }

            if (words.Count > 0 && words[0] == "chainharness")
            {
                yield return [.. words.Skip(1)];
            }
        }
    }

    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        char? quote = null;
        foreach (var c in line.Trim())
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush(words, word);
            }
            else
            {
                word.Append(c);
            }
        }

        Flush(words, word);
        var end = words.FindIndex(w => w is "&&" or "||" or ";" or "|" or "&" || w.StartsWith('#') || w.StartsWith('>') || w.StartsWith("2>", StringComparison.Ordinal));
        return end < 0 ? words : words[..end];
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex GithubExpression();
}
