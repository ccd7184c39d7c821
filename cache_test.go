package okta

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a clock that tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestMemoryCacheExpiry(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{now: time.Unix(1e9, 0)}
	c := NewMemoryCache(10*time.Minute, time.Minute)
	c.now = clock.Now
	c.Set("k", []byte("v"))

	// Each hit restarts the idle time...
	for range 5 {
		clock.Advance(50 * time.Second)
		if _, ok := c.Get("k"); !ok {
			t.Fatal("entry expired although it was read within its TTI")
		}
	}
	// ...until the idle time runs out.
	clock.Advance(61 * time.Second)
	if _, ok := c.Get("k"); ok {
		t.Error("entry outlived its TTI")
	}

	// The TTL holds however often the entry is read.
	c.Set("k", []byte("v"))
	for range 12 {
		clock.Advance(50 * time.Second)
		c.Get("k")
	}
	if _, ok := c.Get("k"); ok {
		t.Error("entry outlived its TTL")
	}
	if c.Len() != 0 {
		t.Errorf("Len = %d after expiry", c.Len())
	}
}

func TestMemoryCacheDelete(t *testing.T) {
	t.Parallel()
	c := NewMemoryCache(0, 0)
	for _, k := range []string{"a/1", "a/1/x", "a/10", "b"} {
		c.Set(k, []byte(k))
	}
	c.DeletePrefix("a/1/")
	c.Delete("b")
	for k, want := range map[string]bool{"a/1": true, "a/1/x": false, "a/10": true, "b": false} {
		if _, ok := c.Get(k); ok != want {
			t.Errorf("Get(%q) present = %v, want %v", k, ok, want)
		}
	}
}

func TestClientCachesSingleResourcesAndInvalidates(t *testing.T) {
	t.Parallel()
	cache := NewMemoryCache(time.Hour, time.Hour)
	c, mux := setup(t, WithCache(cache))
	var gets, lists atomic.Int32
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		gets.Add(1)
		w.Header().Set("X-Okta-Request-Id", "req-get")
		serveJSON(w, 200, []byte(`{"id":"`+r.PathValue("id")+`","profile":{"login":"a@example.com"}}`))
	})
	mux.HandleFunc("GET /api/v1/users", func(w http.ResponseWriter, r *http.Request) {
		lists.Add(1)
		serveJSON(w, 200, []byte(`[]`))
	})
	mux.HandleFunc("POST /api/v1/users/{id}/lifecycle/suspend", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, []byte(`{}`))
	})
	ctx := t.Context()
	get := func(id string) {
		t.Helper()
		u, resp, err := c.Users.Get(ctx, id, nil)
		if err != nil || u.ID != id || u.Profile.Login != "a@example.com" || resp.RequestID != "req-get" {
			t.Fatalf("Get(%s) = %+v, %v, %v", id, u, resp, err)
		}
	}
	get("00u1")
	get("00u1")
	get("00u2")
	if gets.Load() != 2 {
		t.Errorf("GETs reaching the server = %d, want 2 (the second read of 00u1 is cached)", gets.Load())
	}
	c.Users.List(ctx, nil)
	c.Users.List(ctx, nil)
	if lists.Load() != 2 {
		t.Errorf("lists reaching the server = %d, want 2: lists are never cached", lists.Load())
	}

	// A lifecycle POST below /api/v1/users/00u1 makes the cached user stale, and only that user.
	if _, err := c.do(ctx, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/suspend", "00u1"), nil, false); err != nil {
		t.Fatal(err)
	}
	get("00u1")
	get("00u2")
	if gets.Load() != 3 {
		t.Errorf("GETs reaching the server = %d, want 3 (00u1 again, 00u2 still cached)", gets.Load())
	}

	// Another credential does not see these entries.
	other, err := NewClient(WithOrgURL(c.OrgURL()), WithInsecureHTTP(), WithAPIToken("someone-else"), WithCache(cache))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := other.Users.Get(ctx, "00u2", nil); err != nil {
		t.Fatal(err)
	}
	if gets.Load() != 4 {
		t.Errorf("GETs reaching the server = %d, want 4: cache keys include the credential", gets.Load())
	}
}

func TestCacheInvalidatesAncestorsAndDescendants(t *testing.T) {
	t.Parallel()
	cache := NewMemoryCache(0, 0)
	rc := &responseCache{cache: cache, identity: "id"}
	c := &Client{orgURL: mustParseOrg(t, "https://x.okta.com")}
	keys := map[string]bool{
		"/api/v1/groups/00g1":              false, // the path changed
		"/api/v1/groups/00g1/users":        false, // a descendant
		"/api/v1/groups":                   false, // an ancestor
		"/api/v1/groups/00g10":             true,  // a sibling that shares a prefix
		"/api/v1/users/00u1":               true,  // elsewhere
		"/api/v1/groups/00g1?expand=stats": false, // the path with a query
	}
	for k := range keys {
		u := c.resolve(&request{path: k})
		if p, q, ok := cutQuery(k); ok {
			u = c.resolve(&request{path: p})
			u.RawQuery = q
		}
		rc.set(u, newResponse(&http.Response{StatusCode: 200, Header: http.Header{}}), []byte("{}"))
	}
	rc.invalidate(c.resolve(&request{path: "/api/v1/groups/00g1"}))
	for k, want := range keys {
		u := c.resolve(&request{path: k})
		if p, q, ok := cutQuery(k); ok {
			u = c.resolve(&request{path: p})
			u.RawQuery = q
		}
		if _, _, ok := rc.get(u); ok != want {
			t.Errorf("%s cached = %v, want %v", k, ok, want)
		}
	}
}

func cutQuery(s string) (string, string, bool) {
	for i := range s {
		if s[i] == '?' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// userStore is a fake org holding one user, 00u1 with login a@example.com, whose version each write bumps. It
// answers reads by ID or login with the user's self link, unless noLinks, and with Cache-Control when set.
type userStore struct {
	mu           sync.Mutex
	version      int
	reads        int
	failNext     int // the status the next write answers with after applying itself, or 0 for 200
	dropNext     bool
	noLinks      bool
	cacheControl string
}

func (s *userStore) body(r *http.Request) []byte {
	links := fmt.Sprintf(`,"_links":{"self":{"href":"http://%s/api/v1/users/00u1"}}`, r.Host)
	if s.noLinks {
		links = ""
	}
	return fmt.Appendf(nil, `{"id":"00u1","profile":{"login":"a@example.com","nickName":"v%d"}%s}`, s.version, links)
}

func (s *userStore) register(t *testing.T, mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if id := r.PathValue("id"); id != "00u1" && id != "a@example.com" && id != "me" {
			serveJSON(w, 404, []byte(`{"errorCode":"E0000007"}`))
			return
		}
		s.reads++
		if s.cacheControl != "" {
			w.Header().Set("Cache-Control", s.cacheControl)
		}
		serveJSON(w, 200, s.body(r))
	})
	mux.HandleFunc("POST /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if r.PathValue("id") != "00u1" {
			t.Errorf("write to %s, want the ID", r.URL.Path)
		}
		s.version++
		switch {
		case s.dropNext:
			s.dropNext = false
			panic(http.ErrAbortHandler) // applied, but the client sees the connection drop
		case s.failNext != 0:
			serveJSON(w, s.failNext, []byte(`{"errorCode":"E0000009","errorSummary":"Internal Server Error"}`))
			s.failNext = 0
		default:
			serveJSON(w, 200, s.body(r))
		}
	})
}

// TestCacheServesNoStaleResource covers what makes a cached resource stale: a write under another spelling of
// its URL, a write by another client sharing the cache, a write that failed after Okta applied it, and
// responses that forbid storing.
func TestCacheServesNoStaleResource(t *testing.T) {
	t.Parallel()
	type step struct {
		reader, writer int    // 0 is the first client, 1 a client with the same token, 2 one with another token
		read           string // how the reader names the user
		setup          func(*userStore)
		writeFails     bool
	}
	for _, tt := range []struct {
		name string
		step step
	}{
		{"read by login, update by ID", step{read: "a@example.com"}},
		{"read as me without links, update by ID", step{read: "me", setup: func(s *userStore) { s.noLinks = true }}},
		{"another client with the same token writes", step{writer: 1, read: "a@example.com"}},
		{"another client with another token writes", step{writer: 2, read: "00u1"}},
		{"another token writes, read by login", step{reader: 2, read: "a@example.com"}},
		{"the write fails with 500 after it was applied", step{read: "00u1", setup: func(s *userStore) { s.failNext = 500 }, writeFails: true}},
		{"the write fails with 503, read by login", step{read: "a@example.com", setup: func(s *userStore) { s.failNext = 503 }, writeFails: true}},
		{"the connection drops after the write was applied", step{read: "a@example.com", setup: func(s *userStore) { s.dropNext = true }, writeFails: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			store := &userStore{version: 1}
			cache := NewMemoryCache(time.Hour, time.Hour)
			c, mux := setup(t, WithCache(cache))
			store.register(t, mux)
			clients := []*Client{c, newClientFor(t, c, testToken, cache), newClientFor(t, c, "another-token", cache)}
			ctx := t.Context()
			read := func(c *Client) string {
				t.Helper()
				u, _, err := c.Users.Get(ctx, tt.step.read, nil)
				if err != nil {
					t.Fatal(err)
				}
				return u.Profile.NickName
			}
			reader := clients[tt.step.reader]
			if got := read(reader); got != "v1" {
				t.Fatalf("first read = %s", got)
			}
			if got := read(reader); got != "v1" || store.reads != 1 {
				t.Fatalf("second read = %s after %d reads, want v1 from the cache", got, store.reads)
			}
			if tt.step.setup != nil {
				tt.step.setup(store)
			}
			_, _, err := clients[tt.step.writer].Users.Update(ctx, "00u1", &UpdateUserRequest{}, nil)
			if (err != nil) != tt.step.writeFails {
				t.Fatalf("Update error = %v, want an error: %v", err, tt.step.writeFails)
			}
			if got := read(reader); got != "v2" {
				t.Errorf("read after the write = %s, want v2", got)
			}
		})
	}
}

// newClientFor returns another client of c's org with token and cache.
func newClientFor(t *testing.T, c *Client, token string, cache Cache) *Client {
	t.Helper()
	other, err := NewClient(WithOrgURL(c.OrgURL()), WithInsecureHTTP(), WithAPIToken(token), WithCache(cache), WithMaxWait(10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	return other
}

func TestCacheHonoursNoStore(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		cacheControl string
		pragma       string
		stored       bool
	}{
		{"no-cache, no-store", "no-cache", false}, // what Okta sends
		{"no-store", "", false},
		{"No-Cache", "", false},
		{"private, max-age=60", "", true},
		{"", "no-cache", false},
		{"", "", true},
	} {
		t.Run(tt.cacheControl+"/"+tt.pragma, func(t *testing.T) {
			t.Parallel()
			var reads atomic.Int32
			c, mux := setup(t, WithCache(NewMemoryCache(0, 0)))
			mux.HandleFunc("GET /api/v1/groups/00g1", func(w http.ResponseWriter, r *http.Request) {
				reads.Add(1)
				if tt.cacheControl != "" {
					w.Header().Set("Cache-Control", tt.cacheControl)
				}
				if tt.pragma != "" {
					w.Header().Set("Pragma", tt.pragma)
				}
				serveJSON(w, 200, []byte(`{"id":"00g1"}`))
			})
			for range 2 {
				if _, _, err := c.Groups.Get(t.Context(), "00g1"); err != nil {
					t.Fatal(err)
				}
			}
			want := int32(2)
			if tt.stored {
				want = 1
			}
			if reads.Load() != want {
				t.Errorf("reads reaching the server = %d, want %d", reads.Load(), want)
			}
		})
	}
}

func TestWithCacheNil(t *testing.T) {
	t.Parallel()
	for name, cache := range map[string]Cache{"nil": nil, "typed nil": (*MemoryCache)(nil)} {
		_, err := NewClient(WithOrgURL("https://x.okta.com"), WithAPIToken("t"), WithCache(cache))
		if err == nil || !strings.Contains(err.Error(), "WithCache") {
			t.Errorf("%s: NewClient error = %v, want one naming WithCache", name, err)
		}
	}
}

// TestZeroMemoryCache: the zero MemoryCache works, with the default lifetimes.
func TestZeroMemoryCache(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{now: time.Unix(1e9, 0)}
	var c MemoryCache
	c.now = clock.Now
	c.Set("k", []byte("v"))
	if v, ok := c.Get("k"); !ok || string(v) != "v" {
		t.Fatalf("Get = %q, %v", v, ok)
	}
	clock.Advance(DefaultCacheTTI - time.Second)
	if _, ok := c.Get("k"); !ok {
		t.Error("entry expired before the default TTI")
	}
	clock.Advance(DefaultCacheTTL)
	if _, ok := c.Get("k"); ok {
		t.Error("entry outlived the default lifetimes")
	}
	var z MemoryCache
	z.Delete("k")
	z.DeletePrefix("k")
	if _, ok := z.Get("k"); ok || z.Len() != 0 {
		t.Error("the zero cache holds an entry")
	}
	// And a client can use it.
	c2, mux := setup(t, WithCache(&MemoryCache{}))
	var reads atomic.Int32
	mux.HandleFunc("GET /api/v1/groups/00g1", func(w http.ResponseWriter, r *http.Request) {
		reads.Add(1)
		serveJSON(w, 200, []byte(`{"id":"00g1"}`))
	})
	for range 2 {
		if _, _, err := c2.Groups.Get(t.Context(), "00g1"); err != nil {
			t.Fatal(err)
		}
	}
	if reads.Load() != 1 {
		t.Errorf("reads = %d, want 1", reads.Load())
	}
}
