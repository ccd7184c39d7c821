package okta

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Cache stores responses to GETs of single resources. Lists are never cached. Implementations must be safe for
// concurrent use; [NewMemoryCache] is the in-memory one. Every client given the same Cache shares it, and what it
// guarantees holds across those clients:
//
//   - An entry is served only to the credential that read it, for the URL (path and query) it was read at.
//   - Entries are indexed by the resource Okta says they are: its _links.self link, or its id in the collection
//     the path names. A user read at /api/v1/users/{login} is dropped by a write to /api/v1/users/{id}.
//   - Every request other than GET and HEAD drops, before it is sent and again once it has an outcome (a
//     success, an error status or a transport error alike, since a failed write may have been applied), the
//     entries of its path's resource, of that resource's descendants and of its ancestors, for every
//     credential. A POST to /api/v1/users/{id}/lifecycle/suspend drops the cached GET of /api/v1/users/{id}
//     and of /api/v1/users/{login}. The drops go through the Cache, so a client sees the writes of every
//     other client sharing it.
//   - A response marked Cache-Control: no-store or no-cache (or, without Cache-Control, Pragma: no-cache) is
//     not stored. Okta marks its Management API responses this way today, so against a real org a Cache
//     stores what Okta allows and that may be nothing. A private response is stored, as entries never cross
//     credentials.
//
// What a Cache does not guarantee: writes made outside the clients that share it (the Admin Console, another
// process with its own Cache, Okta's own lifecycle jobs) are seen only once an entry expires, and a read that
// overlaps a write may store what it read before the write landed, until it expires. Keep TTLs short where that
// matters.
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
// The zero MemoryCache is ready to use with the default lifetimes.
func NewMemoryCache(ttl, tti time.Duration) *MemoryCache {
	return &MemoryCache{ttl: ttl, tti: tti, now: time.Now, entries: map[string]*cacheEntry{}}
}

// expired reports whether e has lived past the TTL or idled past the TTI at now. c.mu is held.
func (c *MemoryCache) expired(e *cacheEntry, now time.Time) bool {
	ttl, tti := c.ttl, c.tti
	if ttl <= 0 {
		ttl = DefaultCacheTTL
	}
	if tti <= 0 {
		tti = DefaultCacheTTI
	}
	return now.Sub(e.stored) >= ttl || now.Sub(e.lastRead) >= tti
}

// clock returns the current time. c.mu is held.
func (c *MemoryCache) clock() time.Time {
	if c.now == nil {
		return time.Now()
	}
	return c.now()
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
	now := c.clock()
	if c.expired(e, now) {
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
	now := c.clock()
	if c.entries == nil {
		c.entries = map[string]*cacheEntry{}
	}
	c.entries[key] = &cacheEntry{value: value, stored: now, lastRead: now}
	// Sweep expired entries now and then so a long-lived cache does not grow without bound.
	if len(c.entries)%256 == 0 {
		for k, e := range c.entries {
			if c.expired(e, now) {
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
//
// Keys: an entry is "okta:r <canonical> <spelling>[?query] <identity>", where spelling is the URL it was read at
// (scheme, host and escaped path, which hold no space) and canonical the URL of the resource Okta answered with.
// An alias "okta:a <spelling>" holds the canonical URL last seen for a spelling, so a read finds the entry and a
// write to either spelling drops every entry of the resource whatever the spelling and credential.
type responseCache struct {
	cache    Cache
	identity string
}

const (
	entryPrefix = "okta:r "
	aliasPrefix = "okta:a "
)

type cachedResponse struct {
	Status int         `json:"status"`
	Header http.Header `json:"header"`
	Body   []byte      `json:"body"`
}

// spelling is u without its query, as the cache keys it.
func spelling(u *url.URL) string {
	return u.Scheme + "://" + u.Host + u.EscapedPath()
}

// canonical returns the canonical URL recorded for spelling s, or s.
func (rc *responseCache) canonical(s string) string {
	if b, ok := rc.cache.Get(aliasPrefix + s); ok && len(b) > 0 {
		return string(b)
	}
	return s
}

func (rc *responseCache) entryKey(canonical string, u *url.URL) string {
	k := entryPrefix + canonical + " " + spelling(u)
	if u.RawQuery != "" {
		k += "?" + u.RawQuery
	}
	return k + " " + rc.identity
}

func (rc *responseCache) get(u *url.URL) (*Response, []byte, bool) {
	k := rc.entryKey(rc.canonical(spelling(u)), u)
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

// set stores the response to a GET of u, unless its headers forbid it, under the resource body names.
func (rc *responseCache) set(u *url.URL, resp *Response, body []byte) {
	if !storable(resp.Header) {
		return
	}
	b, err := json.Marshal(cachedResponse{Status: resp.StatusCode, Header: resp.Header, Body: body})
	if err != nil {
		return
	}
	s := spelling(u)
	c := resourceURL(u, body)
	if c == "" {
		c = s
	}
	if c != s {
		rc.cache.Set(aliasPrefix+s, []byte(c))
	}
	rc.cache.Set(rc.entryKey(c, u), b)
}

// invalidate drops what a write to u may have made stale: the resource at u (under every spelling and for every
// credential), its descendants and its ancestors.
func (rc *responseCache) invalidate(u *url.URL) {
	origin := u.Scheme + "://" + u.Host
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	rc.drop(origin+path, true)
	for {
		i := strings.LastIndexByte(path, '/')
		if i <= 0 {
			return
		}
		path = path[:i]
		rc.drop(origin+path, false)
	}
}

// invalidateResource drops the resource a write's response body names, for a write made at a spelling the
// cache has no alias for yet.
func (rc *responseCache) invalidateResource(u *url.URL, body []byte) {
	if c := resourceURL(u, body); c != "" {
		rc.drop(c, true)
	}
}

func (rc *responseCache) drop(s string, descendants bool) {
	c := rc.canonical(s)
	for _, k := range []string{s, c} {
		rc.cache.DeletePrefix(entryPrefix + k + " ")
		if descendants {
			rc.cache.DeletePrefix(entryPrefix + k + "/")
		}
		if c == s {
			break
		}
	}
}

// resourceURL returns the canonical URL of the resource in body, read at u: the path of its _links.self link,
// or else u's parent path joined with its id when that differs from u's last segment. It returns "" when body
// names no resource.
func resourceURL(u *url.URL, body []byte) string {
	var links, id []byte
	if eachMember(body, func(name string, raw []byte) {
		switch name {
		case "_links":
			links = raw
		case "id":
			id = raw
		}
	}) != nil {
		return ""
	}
	origin := u.Scheme + "://" + u.Host
	if links != nil {
		var l Links
		if json.Unmarshal(links, &l) == nil {
			if href := l.Href("self"); href != "" {
				if su, err := url.Parse(href); err == nil && strings.HasPrefix(su.EscapedPath(), "/") &&
					!strings.Contains(su.EscapedPath(), " ") {
					return origin + strings.TrimSuffix(su.EscapedPath(), "/")
				}
			}
		}
	}
	var ids string
	if id == nil || json.Unmarshal(id, &ids) != nil || ids == "" || url.PathEscape(ids) != ids {
		return ""
	}
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	i := strings.LastIndexByte(path, '/')
	if i < 0 || path[i+1:] == ids {
		return ""
	}
	return origin + path[:i+1] + ids
}

// storable reports whether a response with header h may be stored: not when Cache-Control says no-store or
// no-cache (the cache does not revalidate), nor, without Cache-Control, when Pragma says no-cache.
func storable(h http.Header) bool {
	cc := h.Values("Cache-Control")
	for _, v := range cc {
		for d := range strings.SplitSeq(v, ",") {
			name, _, _ := strings.Cut(strings.TrimSpace(d), "=")
			if strings.EqualFold(name, "no-store") || strings.EqualFold(name, "no-cache") {
				return false
			}
		}
	}
	if len(cc) == 0 {
		for _, v := range h.Values("Pragma") {
			if strings.Contains(strings.ToLower(v), "no-cache") {
				return false
			}
		}
	}
	return true
}
