using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;

namespace PeelSdk.Cli.Tests
{
    /// <summary>Skips a test where Debian's Chromium and ChromeDriver are not installed (.ci/run installs them).</summary>
    public sealed class BrowserFactAttribute : FactAttribute
    {
        public BrowserFactAttribute()
        {
            if (!File.Exists(WebDriver.Chromium) || !File.Exists(WebDriver.ChromeDriver))
            {
                Skip = $"needs {WebDriver.Chromium} and {WebDriver.ChromeDriver}: apt-get install chromium chromium-driver (.ci/run installs them)";
            }
        }
    }

    /// <summary>
    /// A headless Chromium driven through ChromeDriver's W3C WebDriver HTTP API: enough to load a page, run script in it,
    /// click elements and take a screenshot, with nothing but the base class library.
    /// </summary>
    public sealed class WebDriver : IDisposable
    {
        public const string Chromium = "/usr/bin/chromium";
        public const string ChromeDriver = "/usr/bin/chromedriver";

        private readonly Process driver;
        private readonly HttpClient http;
        private readonly string session;

        public WebDriver(int width, int height)
        {
            var port = FreePort();
            driver = Process.Start(
                new ProcessStartInfo(ChromeDriver, $"--port={port}")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                }
            )!;
            http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            WaitUntilReady();
            var capabilities = new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["alwaysMatch"] = new JsonObject
                    {
                        ["goog:chromeOptions"] = new JsonObject
                        {
                            ["binary"] = Chromium,
                            ["args"] = new JsonArray(
                                "--headless=new",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                $"--window-size={width},{height}"
                            ),
                        },
                    },
                },
            };
            session = Send(HttpMethod.Post, "session", capabilities)!["sessionId"]!.GetValue<string>();
        }

        public void Open(string path) => Send(HttpMethod.Post, $"session/{session}/url", new JsonObject { ["url"] = new Uri(path).AbsoluteUri });

        /// <summary>Runs <paramref name="script"/> (a function body) in the page and returns its result.</summary>
        public JsonNode? Execute(string script) =>
            Send(HttpMethod.Post, $"session/{session}/execute/sync", new JsonObject { ["script"] = script, ["args"] = new JsonArray() });

        /// <summary>Clicks the first element that <paramref name="css"/> selects, as a user would.</summary>
        public void Click(string css)
        {
            var element = Send(HttpMethod.Post, $"session/{session}/element", new JsonObject { ["using"] = "css selector", ["value"] = css })!.AsObject();
            var id = element["element-6066-11e4-a52e-4f735466cecf"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"WebDriver found no element id in {element.ToJsonString()}");
            Send(HttpMethod.Post, $"session/{session}/element/{id}/click", new JsonObject());
        }

        public byte[] Screenshot() => Convert.FromBase64String(Send(HttpMethod.Get, $"session/{session}/screenshot", null)!.GetValue<string>());

        public void Dispose()
        {
            try
            {
                Send(HttpMethod.Delete, $"session/{session}", null);
            }
            finally
            {
                if (!driver.HasExited)
                {
                    driver.Kill(entireProcessTree: true);
                }

                driver.Dispose();
                http.Dispose();
            }
        }

        private JsonNode? Send(HttpMethod method, string path, JsonNode? body)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body != null)
            {
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            using var response = http.Send(request);
            var text = new StreamReader(response.Content.ReadAsStream()).ReadToEnd();
            var value = JsonNode.Parse(text)?["value"];
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"WebDriver {method} {path}: {(int)response.StatusCode} {value?["message"]}");
            }

            return value;
        }

        private void WaitUntilReady()
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (true)
            {
                try
                {
                    if (Send(HttpMethod.Get, "status", null)?["ready"]?.GetValue<bool>() == true)
                    {
                        return;
                    }
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
                if (DateTime.UtcNow >= deadline)
                {
                    throw new TimeoutException("ChromeDriver did not start within 20 s");
                }

                Thread.Sleep(100);
            }
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
