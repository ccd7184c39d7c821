package okta

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/viper"
)

// NewClientFromConfig returns a client configured, lowest precedence first, by $HOME/.okta/okta.yaml,
// ./okta.yaml, OKTA_CLIENT_* environment variables, and then opts. A malformed value is an error that names
// where it came from.
//
// The YAML layout is that of Okta's other SDKs:
//
//	okta:
//	  client:
//	    orgUrl: https://dev-123456.okta.com
//	    authorizationMode: SSWS   # or Bearer, or PrivateKey
//	    token: ...                # SSWS and Bearer
//	    clientId: 0oa...          # PrivateKey
//	    scopes: [okta.users.read, okta.groups.read]
//	    privateKey: /path/to/key.pem   # or the PEM or JWK text
//	    kid: ...
//	    userAgent: my-tool/1.0
//	    connectionTimeout: 30     # seconds
//	    requestTimeout: 0         # seconds, 0 = none
//	    proxy: {host: proxy.internal, port: 3128, username: ..., password: ...}
//	    rateLimit: {maxRetries: 2}
//	    cache: {enabled: true, defaultTtl: 300, defaultTti: 300}   # seconds
//	    logging: {enabled: true, logLevel: debug}
//	  testing:
//	    disableHttpsCheck: false
//
// Each key has an environment variable: OKTA_CLIENT_ORGURL, OKTA_CLIENT_TOKEN, OKTA_CLIENT_AUTHORIZATIONMODE,
// OKTA_CLIENT_CLIENTID, OKTA_CLIENT_SCOPES (comma-separated), OKTA_CLIENT_PRIVATEKEY, OKTA_CLIENT_KID,
// OKTA_CLIENT_USERAGENT, OKTA_CLIENT_CONNECTIONTIMEOUT, OKTA_CLIENT_REQUESTTIMEOUT, OKTA_CLIENT_CACHE_ENABLED,
// OKTA_CLIENT_CACHE_DEFAULTTTL, OKTA_CLIENT_CACHE_DEFAULTTTI, OKTA_CLIENT_PROXY_HOST, OKTA_CLIENT_PROXY_PORT,
// OKTA_CLIENT_PROXY_USERNAME, OKTA_CLIENT_PROXY_PASSWORD, OKTA_CLIENT_RATELIMIT_MAXRETRIES,
// OKTA_CLIENT_LOGGING_ENABLED, OKTA_CLIENT_LOGGING_LOGLEVEL and OKTA_TESTING_TESTINGDISABLEHTTPSCHECK. An empty
// variable does not override a file.
//
// Credentials given in opts replace those from the configuration.
func NewClientFromConfig(opts ...Option) (*Client, error) {
	home, _ := os.UserHomeDir()
	wd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("okta: finding the working directory: %w", err)
	}
	cfg, err := loadConfig(home, wd, os.LookupEnv)
	if err != nil {
		return nil, err
	}
	return newClientFromConfig(cfg, opts)
}

// configKeys lists every configuration key with its environment variables (the first is the documented one).
var configKeys = map[string][]string{
	"okta.client.orgurl":               {"OKTA_CLIENT_ORGURL"},
	"okta.client.token":                {"OKTA_CLIENT_TOKEN"},
	"okta.client.authorizationmode":    {"OKTA_CLIENT_AUTHORIZATIONMODE"},
	"okta.client.clientid":             {"OKTA_CLIENT_CLIENTID"},
	"okta.client.scopes":               {"OKTA_CLIENT_SCOPES"},
	"okta.client.privatekey":           {"OKTA_CLIENT_PRIVATEKEY"},
	"okta.client.kid":                  {"OKTA_CLIENT_KID"},
	"okta.client.useragent":            {"OKTA_CLIENT_USERAGENT"},
	"okta.client.connectiontimeout":    {"OKTA_CLIENT_CONNECTIONTIMEOUT"},
	"okta.client.requesttimeout":       {"OKTA_CLIENT_REQUESTTIMEOUT"},
	"okta.client.cache.enabled":        {"OKTA_CLIENT_CACHE_ENABLED"},
	"okta.client.cache.defaultttl":     {"OKTA_CLIENT_CACHE_DEFAULTTTL"},
	"okta.client.cache.defaulttti":     {"OKTA_CLIENT_CACHE_DEFAULTTTI"},
	"okta.client.proxy.host":           {"OKTA_CLIENT_PROXY_HOST"},
	"okta.client.proxy.port":           {"OKTA_CLIENT_PROXY_PORT"},
	"okta.client.proxy.username":       {"OKTA_CLIENT_PROXY_USERNAME"},
	"okta.client.proxy.password":       {"OKTA_CLIENT_PROXY_PASSWORD"},
	"okta.client.ratelimit.maxretries": {"OKTA_CLIENT_RATELIMIT_MAXRETRIES"},
	"okta.client.logging.enabled":      {"OKTA_CLIENT_LOGGING_ENABLED"},
	"okta.client.logging.loglevel":     {"OKTA_CLIENT_LOGGING_LOGLEVEL"},
	"okta.testing.disablehttpscheck":   {"OKTA_TESTING_TESTINGDISABLEHTTPSCHECK", "OKTA_TESTING_DISABLEHTTPSCHECK"},
}

// config is the merged configuration, with for each key the source it came from (for error messages).
type config struct {
	v      *viper.Viper
	source map[string]string
	dir    map[string]string // the directory of the file a key came from, for relative key paths
}

// loadConfig merges the files under home and wd and the environment that lookup reads.
func loadConfig(home, wd string, lookup func(string) (string, bool)) (*config, error) {
	cfg := &config{v: viper.New(), source: map[string]string{}, dir: map[string]string{}}
	var files []string
	if home != "" {
		files = append(files, filepath.Join(home, ".okta", "okta.yaml"))
	}
	files = append(files, filepath.Join(wd, "okta.yaml"))
	for _, path := range files {
		f := viper.New()
		f.SetConfigFile(path)
		f.SetConfigType("yaml")
		if err := f.ReadInConfig(); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			var pathErr *fs.PathError
			if errors.As(err, &pathErr) {
				continue
			}
			return nil, fmt.Errorf("okta: reading %s: %w", path, err)
		}
		for _, key := range f.AllKeys() {
			if _, known := configKeys[key]; !known {
				continue
			}
			cfg.v.Set(key, f.Get(key))
			cfg.source[key] = path
			cfg.dir[key] = filepath.Dir(path)
		}
	}
	for key, names := range configKeys {
		for _, name := range names {
			if value, ok := lookup(name); ok && strings.TrimSpace(value) != "" {
				cfg.v.Set(key, value)
				cfg.source[key] = name
				cfg.dir[key] = wd
				break
			}
		}
	}
	return cfg, nil
}

func (c *config) str(key string) string { return strings.TrimSpace(c.v.GetString(key)) }

func (c *config) set(key string) bool { return c.v.IsSet(key) && c.str(key) != "" }

func (c *config) bad(key, value, want string) error {
	return fmt.Errorf("okta: %s: %q is not %s", c.source[key], value, want)
}

func (c *config) boolean(key string) (bool, error) {
	if !c.set(key) {
		return false, nil
	}
	b, err := strconv.ParseBool(c.str(key))
	if err != nil {
		return false, c.bad(key, c.str(key), "true or false")
	}
	return b, nil
}

func (c *config) integer(key string) (int, bool, error) {
	if !c.set(key) {
		return 0, false, nil
	}
	n, err := strconv.Atoi(c.str(key))
	if err != nil || n < 0 {
		return 0, false, c.bad(key, c.str(key), "a whole number of 0 or more")
	}
	return n, true, nil
}

func (c *config) seconds(key string) (time.Duration, bool, error) {
	n, ok, err := c.integer(key)
	return time.Duration(n) * time.Second, ok, err
}

// scopes reads a YAML list or a comma- or space-separated string.
func (c *config) scopes(key string) []string {
	var out []string
	switch v := c.v.Get(key).(type) {
	case []any:
		for _, s := range v {
			out = append(out, strings.TrimSpace(fmt.Sprint(s)))
		}
	default:
		out = strings.FieldsFunc(c.str(key), func(r rune) bool { return r == ',' || r == ' ' })
	}
	return out
}

// options turns the configuration into client options.
func (c *config) options() ([]Option, error) {
	var opts []Option
	if c.set("okta.client.orgurl") {
		opts = append(opts, WithOrgURL(c.str("okta.client.orgurl")))
	}
	if insecure, err := c.boolean("okta.testing.disablehttpscheck"); err != nil {
		return nil, err
	} else if insecure {
		opts = append(opts, WithInsecureHTTP())
	}
	auth, err := c.credentials()
	if err != nil {
		return nil, err
	}
	opts = append(opts, auth...)
	if c.set("okta.client.useragent") {
		opts = append(opts, WithUserAgent(c.str("okta.client.useragent")))
	}
	for key, with := range map[string]func(time.Duration) Option{
		"okta.client.connectiontimeout": WithConnectionTimeout,
		"okta.client.requesttimeout":    WithRequestTimeout,
	} {
		d, ok, err := c.seconds(key)
		if err != nil {
			return nil, err
		}
		if ok {
			opts = append(opts, with(d))
		}
	}
	if n, ok, err := c.integer("okta.client.ratelimit.maxretries"); err != nil {
		return nil, err
	} else if ok {
		opts = append(opts, WithMaxRetries(n))
	}
	if proxy, err := c.proxy(); err != nil {
		return nil, err
	} else if proxy != nil {
		opts = append(opts, WithProxy(proxy))
	}
	if enabled, err := c.boolean("okta.client.cache.enabled"); err != nil {
		return nil, err
	} else if enabled {
		ttl, _, err := c.seconds("okta.client.cache.defaultttl")
		if err != nil {
			return nil, err
		}
		tti, _, err := c.seconds("okta.client.cache.defaulttti")
		if err != nil {
			return nil, err
		}
		opts = append(opts, WithCache(NewMemoryCache(ttl, tti)))
	}
	if enabled, err := c.boolean("okta.client.logging.enabled"); err != nil {
		return nil, err
	} else if enabled {
		var level slog.Level
		if c.set("okta.client.logging.loglevel") {
			if err := level.UnmarshalText([]byte(c.str("okta.client.logging.loglevel"))); err != nil {
				return nil, c.bad("okta.client.logging.loglevel", c.str("okta.client.logging.loglevel"), "a log level (debug, info, warn, error)")
			}
		}
		opts = append(opts, WithLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))))
	}
	return opts, nil
}

func (c *config) credentials() ([]Option, error) {
	mode := c.str("okta.client.authorizationmode")
	if mode == "" {
		switch {
		case c.set("okta.client.token"):
			mode = "SSWS"
		case c.set("okta.client.clientid") || c.set("okta.client.privatekey"):
			mode = "PrivateKey"
		default:
			return nil, nil
		}
	}
	switch strings.ToLower(mode) {
	case "ssws", "bearer":
		if !c.set("okta.client.token") {
			return nil, fmt.Errorf("okta: authorizationMode %s needs a token (okta.client.token or OKTA_CLIENT_TOKEN)", mode)
		}
		if strings.EqualFold(mode, "bearer") {
			return []Option{WithBearerToken(c.str("okta.client.token"))}, nil
		}
		return []Option{WithAPIToken(c.str("okta.client.token"))}, nil
	case "privatekey":
		if !c.set("okta.client.clientid") {
			return nil, errors.New("okta: authorizationMode PrivateKey needs a client ID (okta.client.clientId or OKTA_CLIENT_CLIENTID)")
		}
		if !c.set("okta.client.privatekey") {
			return nil, errors.New("okta: authorizationMode PrivateKey needs a private key (okta.client.privateKey or OKTA_CLIENT_PRIVATEKEY)")
		}
		key, err := c.privateKey()
		if err != nil {
			return nil, err
		}
		opts := []Option{WithPrivateKey(c.str("okta.client.clientid"), key, c.scopes("okta.client.scopes")...)}
		if c.set("okta.client.kid") {
			opts = append(opts, WithKeyID(c.str("okta.client.kid")))
		}
		return opts, nil
	}
	return nil, c.bad("okta.client.authorizationmode", mode, "SSWS, Bearer or PrivateKey")
}

// privateKey returns the key text, reading it from a file when the value is a path.
func (c *config) privateKey() ([]byte, error) {
	value := c.str("okta.client.privatekey")
	if strings.Contains(value, "-----BEGIN") || strings.HasPrefix(value, "{") {
		return []byte(value), nil
	}
	path := value
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.dir["okta.client.privatekey"], path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("okta: %s: the private key is neither PEM or JWK text nor a readable file: %w", c.source["okta.client.privatekey"], err)
	}
	return b, nil
}

func (c *config) proxy() (*url.URL, error) {
	if !c.set("okta.client.proxy.host") {
		return nil, nil
	}
	host := c.str("okta.client.proxy.host")
	u := &url.URL{Scheme: "http", Host: host}
	if p, err := url.Parse(host); err == nil && p.Host != "" {
		u = p
	}
	if port, ok, err := c.integer("okta.client.proxy.port"); err != nil {
		return nil, err
	} else if ok {
		if port == 0 || port > 65535 {
			return nil, c.bad("okta.client.proxy.port", c.str("okta.client.proxy.port"), "a port number")
		}
		u.Host = net.JoinHostPort(u.Hostname(), strconv.Itoa(port))
	}
	if c.set("okta.client.proxy.username") {
		u.User = url.UserPassword(c.str("okta.client.proxy.username"), c.str("okta.client.proxy.password"))
	}
	return u, nil
}

// newClientFromConfig builds the client from the configuration and then opts. When opts bring credentials,
// those of the configuration are dropped, so that explicit options win.
func newClientFromConfig(cfg *config, opts []Option) (*Client, error) {
	cfgOpts, err := cfg.options()
	if err != nil {
		return nil, err
	}
	explicit := defaultSettings()
	for _, opt := range opts {
		if opt != nil {
			if err := opt(explicit); err != nil {
				return nil, err
			}
		}
	}
	s := defaultSettings()
	for _, opt := range cfgOpts {
		if err := opt(s); err != nil {
			return nil, err
		}
	}
	if explicit.hasCredentials() {
		s.clearCredentials()
	}
	for _, opt := range opts {
		if opt != nil {
			if err := opt(s); err != nil {
				return nil, err
			}
		}
	}
	return newClient(s)
}

func (s *settings) hasCredentials() bool {
	return s.apiToken != "" || s.bearerToken != "" || s.oauth.clientID != "" || s.oauth.tokenSource != nil
}

func (s *settings) clearCredentials() {
	s.apiToken, s.bearerToken = "", ""
	s.oauth = oauthSettings{}
}
