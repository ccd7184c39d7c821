package okta

import (
	"net/http"
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
		u, resp, err := c.Users.Get(ctx, id)
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
	if _, _, err := other.Users.Get(ctx, "00u2"); err != nil {
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
		u := c.resolve(k, nil)
		if p, q, ok := cutQuery(k); ok {
			u = c.resolve(p, nil)
			u.RawQuery = q
		}
		rc.set(u, newResponse(&http.Response{StatusCode: 200, Header: http.Header{}}), []byte("{}"))
	}
	rc.invalidate(c.resolve("/api/v1/groups/00g1", nil))
	for k, want := range keys {
		u := c.resolve(k, nil)
		if p, q, ok := cutQuery(k); ok {
			u = c.resolve(p, nil)
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
