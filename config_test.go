package okta

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// configDirs makes a fake home and working directory holding the given okta.yaml texts ("" for none).
func configDirs(t *testing.T, homeYAML, wdYAML string) (home, wd string) {
	t.Helper()
	home, wd = t.TempDir(), t.TempDir()
	if homeYAML != "" {
		if err := os.MkdirAll(filepath.Join(home, ".okta"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(home, ".okta", "okta.yaml"), []byte(homeYAML), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if wdYAML != "" {
		if err := os.WriteFile(filepath.Join(wd, "okta.yaml"), []byte(wdYAML), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return home, wd
}

func env(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
}

func settingsFrom(t *testing.T, homeYAML, wdYAML string, vars map[string]string) (*settings, error) {
	t.Helper()
	home, wd := configDirs(t, homeYAML, wdYAML)
	cfg, err := loadConfig(home, wd, env(vars))
	if err != nil {
		return nil, err
	}
	opts, err := cfg.options()
	if err != nil {
		return nil, err
	}
	s := defaultSettings()
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	return s, nil
}

const homeYAML = `
okta:
  client:
    orgUrl: https://home.okta.com
    token: home-token
    connectionTimeout: 10
    requestTimeout: 20
    rateLimit:
      maxRetries: 5
    proxy:
      host: proxy.internal
      port: 3128
      username: bob
      password: secret
    cache:
      enabled: true
      defaultTtl: 60
      defaultTti: 30
    logging:
      enabled: true
      logLevel: debug
    userAgent: tool/1
`

func TestConfigPrecedence(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		home, wd string
		env      map[string]string
		check    func(t *testing.T, s *settings)
	}{
		{"home file alone", homeYAML, "", nil, func(t *testing.T, s *settings) {
			if s.orgURL != "https://home.okta.com" || s.apiToken != "home-token" || s.connectionTimeout != 10*time.Second ||
				s.requestTimeout != 20*time.Second || s.maxRetries != 5 || s.userAgent != "tool/1" || s.logger == nil {
				t.Errorf("settings = %+v", s)
			}
			if s.proxy == nil || s.proxy.String() != "http://bob:secret@proxy.internal:3128" {
				t.Errorf("proxy = %v", s.proxy)
			}
			mc, ok := s.cache.(*MemoryCache)
			if !ok || mc.ttl != time.Minute || mc.tti != 30*time.Second {
				t.Errorf("cache = %#v", s.cache)
			}
		}},
		{"working directory file beats home", homeYAML, "okta:\n  client:\n    orgUrl: https://wd.okta.com\n", nil, func(t *testing.T, s *settings) {
			if s.orgURL != "https://wd.okta.com" || s.apiToken != "home-token" {
				t.Errorf("orgURL %q token %q", s.orgURL, s.apiToken)
			}
		}},
		{"environment beats files", homeYAML, "okta:\n  client:\n    orgUrl: https://wd.okta.com\n", map[string]string{
			"OKTA_CLIENT_ORGURL": "https://env.okta.com", "OKTA_CLIENT_CACHE_ENABLED": "false", "OKTA_CLIENT_RATELIMIT_MAXRETRIES": "0",
		}, func(t *testing.T, s *settings) {
			if s.orgURL != "https://env.okta.com" || s.cache != nil || s.maxRetries != 0 {
				t.Errorf("orgURL %q cache %v retries %d", s.orgURL, s.cache, s.maxRetries)
			}
		}},
		{"empty variable does not override", homeYAML, "", map[string]string{"OKTA_CLIENT_ORGURL": "", "OKTA_CLIENT_TOKEN": "  "}, func(t *testing.T, s *settings) {
			if s.orgURL != "https://home.okta.com" || s.apiToken != "home-token" {
				t.Errorf("orgURL %q token %q", s.orgURL, s.apiToken)
			}
		}},
		{"typed environment values", "", "", map[string]string{
			"OKTA_CLIENT_ORGURL": "http://127.0.0.1:9", "OKTA_TESTING_TESTINGDISABLEHTTPSCHECK": "true",
			"OKTA_CLIENT_TOKEN": "t", "OKTA_CLIENT_AUTHORIZATIONMODE": "Bearer", "OKTA_CLIENT_CACHE_ENABLED": "true",
			"OKTA_CLIENT_CACHE_DEFAULTTTL": "5", "OKTA_CLIENT_PROXY_HOST": "p", "OKTA_CLIENT_PROXY_PORT": "8080",
		}, func(t *testing.T, s *settings) {
			if !s.insecure || s.bearerToken != "t" || s.apiToken != "" || s.cache.(*MemoryCache).ttl != 5*time.Second || s.proxy.Host != "p:8080" {
				t.Errorf("settings = %+v", s)
			}
		}},
		{"private key from a file next to the config", "", "okta:\n  client:\n    orgUrl: https://x.okta.com\n    authorizationMode: PrivateKey\n    clientId: 0oa1\n    scopes: [okta.users.read, okta.groups.read]\n    privateKey: key.pem\n    kid: kid-1\n", nil, func(t *testing.T, s *settings) {
			if s.oauth.clientID != "0oa1" || s.oauth.keyID != "kid-1" || strings.Join(s.oauth.scopes, " ") != "okta.users.read okta.groups.read" || string(s.oauth.privateKey) != "PEM FROM FILE" {
				t.Errorf("oauth = %+v", s.oauth)
			}
		}},
		{"private key text and comma-separated scopes from the environment", "", "", map[string]string{
			"OKTA_CLIENT_CLIENTID": "0oa2", "OKTA_CLIENT_PRIVATEKEY": "-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----",
			"OKTA_CLIENT_SCOPES": "okta.users.read,okta.apps.read",
		}, func(t *testing.T, s *settings) {
			if s.oauth.clientID != "0oa2" || len(s.oauth.scopes) != 2 || !strings.HasPrefix(string(s.oauth.privateKey), "-----BEGIN") {
				t.Errorf("oauth = %+v", s.oauth)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			home, wd := configDirs(t, tt.home, tt.wd)
			os.WriteFile(filepath.Join(wd, "key.pem"), []byte("PEM FROM FILE"), 0o600)
			cfg, err := loadConfig(home, wd, env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			opts, err := cfg.options()
			if err != nil {
				t.Fatal(err)
			}
			s := defaultSettings()
			for _, o := range opts {
				if err := o(s); err != nil {
					t.Fatal(err)
				}
			}
			tt.check(t, s)
		})
	}
}

func TestConfigErrorsNameTheSource(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		wd     string
		env    map[string]string
		errHas []string
	}{
		{"malformed boolean variable", "", map[string]string{"OKTA_CLIENT_CACHE_ENABLED": "maybe"}, []string{"OKTA_CLIENT_CACHE_ENABLED", "maybe"}},
		{"malformed number variable", "", map[string]string{"OKTA_CLIENT_REQUESTTIMEOUT": "soon"}, []string{"OKTA_CLIENT_REQUESTTIMEOUT"}},
		{"negative retries", "", map[string]string{"OKTA_CLIENT_RATELIMIT_MAXRETRIES": "-1"}, []string{"OKTA_CLIENT_RATELIMIT_MAXRETRIES"}},
		{"malformed value in a file", "okta:\n  client:\n    connectionTimeout: ten\n", nil, []string{"okta.yaml", "ten"}},
		{"unknown authorization mode", "", map[string]string{"OKTA_CLIENT_AUTHORIZATIONMODE": "Magic", "OKTA_CLIENT_TOKEN": "t"}, []string{"Magic", "SSWS, Bearer or PrivateKey"}},
		{"private key mode without a key", "", map[string]string{"OKTA_CLIENT_AUTHORIZATIONMODE": "PrivateKey", "OKTA_CLIENT_CLIENTID": "c"}, []string{"private key"}},
		{"unreadable key file", "", map[string]string{"OKTA_CLIENT_CLIENTID": "c", "OKTA_CLIENT_PRIVATEKEY": "/nonexistent/key.pem"}, []string{"OKTA_CLIENT_PRIVATEKEY", "readable file"}},
		{"bad log level", "", map[string]string{"OKTA_CLIENT_LOGGING_ENABLED": "true", "OKTA_CLIENT_LOGGING_LOGLEVEL": "loud"}, []string{"OKTA_CLIENT_LOGGING_LOGLEVEL"}},
		{"malformed YAML", "okta: [", nil, []string{"okta.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := settingsFrom(t, "", tt.wd, tt.env)
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range tt.errHas {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("err = %v, want it to mention %q", err, want)
				}
			}
		})
	}
}

func TestExplicitCredentialsReplaceConfigured(t *testing.T) {
	t.Parallel()
	home, wd := configDirs(t, homeYAML, "")
	cfg, err := loadConfig(home, wd, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	c, err := newClientFromConfig(cfg, []Option{WithBearerToken("explicit"), WithOrgURL("https://explicit.okta.com")})
	if err != nil {
		t.Fatal(err)
	}
	if c.OrgURL() != "https://explicit.okta.com" || c.creds.(staticToken).scheme != "Bearer" {
		t.Errorf("client = %s %+v", c.OrgURL(), c.creds)
	}
}

// TestNewClientFromConfig runs the exported entry point against a fake home and working directory. It cannot
// run in parallel: it sets HOME, the working directory and the environment.
func TestNewClientFromConfig(t *testing.T) {
	home, wd := configDirs(t, homeYAML, "")
	t.Setenv("HOME", home)
	t.Chdir(wd)
	for _, k := range []string{"OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_CLIENT_AUTHORIZATIONMODE", "OKTA_CLIENT_CLIENTID", "OKTA_CLIENT_PRIVATEKEY"} {
		t.Setenv(k, "")
	}
	t.Setenv("OKTA_CLIENT_USERAGENT", "from-env/2")
	c, err := NewClientFromConfig(WithMaxRetries(1))
	if err != nil {
		t.Fatal(err)
	}
	if c.OrgURL() != "https://home.okta.com" || !strings.HasSuffix(c.Headers().Get("User-Agent"), " from-env/2") || c.http.RetryMax != 1 || c.cache == nil {
		t.Errorf("client: %s %q retries %d", c.OrgURL(), c.Headers().Get("User-Agent"), c.http.RetryMax)
	}
}
