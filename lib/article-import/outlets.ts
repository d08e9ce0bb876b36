// Names of well-known news outlets by web host, for articles that only give a URL.
const OUTLETS: Record<string, string> = {
  "voanews.com": "Voice of America",
  "koreaherald.com": "The Korea Herald",
  "koreatimes.co.kr": "The Korea Times",
  "bbc.co.uk": "BBC",
  "bbc.com": "BBC",
  "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post",
  "theguardian.com": "The Guardian",
  "reuters.com": "Reuters",
  "apnews.com": "Associated Press",
  "aljazeera.com": "Al Jazeera",
  "cnn.com": "CNN",
  "npr.org": "NPR",
  "ft.com": "Financial Times",
  "wsj.com": "The Wall Street Journal",
  "bloomberg.com": "Bloomberg",
  "lemonde.fr": "Le Monde",
  "spiegel.de": "Der Spiegel",
  "elpais.com": "El País",
  "yna.co.kr": "Yonhap",
  "afp.com": "AFP",
};

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

export function outletForUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [known, name] of Object.entries(OUTLETS)) {
    if (host === known || host.endsWith(`.${known}`)) return name;
  }
  return host;
}
