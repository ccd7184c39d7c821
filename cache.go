package okta

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Cache stores responses to GETs of single resources. The client keys entries by credential identity and full
// URL, and after any other request to a path it drops the entries of that path, of its ancestors and of its
// descendants (a POST to /api/v1/users/{id}/lifecycle/suspend drops the cached GET of /api/v1/users/{id}).
// Lists are never cached.
//
// Implementations must be safe for concurrent use. [NewMemoryCache] is the in-memory one.
type Cache interface {
	// Get returns the value stored under key, if it is there and fresh.
	Get(key string) ([]byte, bool)
	// Set stores value under key.
	Set(key string, value []byte)
	// Delete drops the entry under key.
	Delete(key string)
	// DeletePrefix drops every entry whose key starts with prefix.
	DeletePrefix(prefix string)
}

// MemoryCache is an in-memory [Cache] with a time to live (an entry expires that long after it was stored) and
// a time to idle (an entry expires when it has not been read for that long; each hit restarts it).
type MemoryCache struct {
	ttl, tti time.Duration
	now      func() time.Time

	mu      sync.Mutex
	entries map[string]*cacheEntry
}

type cacheEntry struct {
	value    []byte
	stored   time.Time
	lastRead time.Time
}

// Default cache lifetimes, as in Okta's other SDKs.
const (
	DefaultCacheTTL = 300 * time.Second
	DefaultCacheTTI = 300 * time.Second
)

// NewMemoryCache returns an empty cache whose entries live at most ttl after they are stored and tti after
// they were last read. A zero duration means the default (DefaultCacheTTL, DefaultCacheTTI).
func NewMemoryCache(ttl, tti time.Duration) *MemoryCache {
	if ttl <= 0 {
		ttl = DefaultCacheTTL
	}
	if tti <= 0 {
		tti = DefaultCacheTTI
	}
	return &MemoryCache{ttl: ttl, tti: tti, now: time.Now, entries: map[string]*cacheEntry{}}
}

// Get returns the value under key if it has neither lived past its TTL nor idled past its TTI, and restarts
// its idle time.
func (c *MemoryCache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	now := c.now()
	if now.Sub(e.stored) >= c.ttl || now.Sub(e.lastRead) >= c.tti {
		delete(c.entries, key)
		return nil, false
	}
	e.lastRead = now
	return e.value, true
}

// Set stores value under key.
func (c *MemoryCache) Set(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	c.entries[key] = &cacheEntry{value: value, stored: now, lastRead: now}
	// Sweep expired entries now and then so a long-lived cache does not grow without bound.
	if len(c.entries)%256 == 0 {
		for k, e := range c.entries {
			if now.Sub(e.stored) >= c.ttl || now.Sub(e.lastRead) >= c.tti {
				delete(c.entries, k)
			}
		}
	}
}

// Delete drops the entry under key.
func (c *MemoryCache) Delete(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, key)
}

// DeletePrefix drops every entry whose key starts with prefix.
func (c *MemoryCache) DeletePrefix(prefix string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.entries {
		if strings.HasPrefix(k, prefix) {
			delete(c.entries, k)
		}
	}
}

// Len returns the number of entries stored, fresh or not yet swept.
func (c *MemoryCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

// responseCache is the client's use of a Cache.
type responseCache struct {
	cache    Cache
	identity string
}

type cachedResponse struct {
	Status int         `json:"status"`
	Header http.Header `json:"header"`
	Body   []byte      `json:"body"`
}

func (rc *responseCache) key(u *url.URL) string {
	return rc.identity + " " + u.Scheme + "://" + u.Host + u.EscapedPath()
}

func (rc *responseCache) get(u *url.URL) (*Response, []byte, bool) {
	k := rc.key(u)
	if u.RawQuery != "" {
		k += "?" + u.RawQuery
	}
	b, ok := rc.cache.Get(k)
	if !ok {
		return nil, nil, false
	}
	var cr cachedResponse
	if json.Unmarshal(b, &cr) != nil {
		rc.cache.Delete(k)
		return nil, nil, false
	}
	hr := &http.Response{
		Status: http.StatusText(cr.Status), StatusCode: cr.Status, Header: cr.Header,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Body: http.NoBody,
		Request: &http.Request{Method: http.MethodGet, URL: u},
	}
	return newResponse(hr), cr.Body, true
}

func (rc *responseCache) set(u *url.URL, resp *Response, body []byte) {
	k := rc.key(u)
	if u.RawQuery != "" {
		k += "?" + u.RawQuery
	}
	b, err := json.Marshal(cachedResponse{Status: resp.StatusCode, Header: resp.Header, Body: body})
	if err == nil {
		rc.cache.Set(k, b)
	}
}

// invalidate drops what a change to u may have made stale: u itself, its descendants and its ancestors, each
// with any query.
func (rc *responseCache) invalidate(u *url.URL) {
	k := rc.key(u)
	rc.cache.Delete(k)
	rc.cache.DeletePrefix(k + "?")
	rc.cache.DeletePrefix(k + "/")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	for {
		i := strings.LastIndexByte(path, '/')
		if i <= 0 {
			return
		}
		path = path[:i]
		a := rc.identity + " " + u.Scheme + "://" + u.Host + path
		rc.cache.Delete(a)
		rc.cache.DeletePrefix(a + "?")
	}
}
