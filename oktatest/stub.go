package oktatest

import "net/http"

// stub is an operation a test answers itself (WithHandler).
type stub struct {
	m matcher
	h http.Handler
}

// WithHandler makes h answer the requests that match pattern, in place of the fake: a test stubs an operation
// the fake does not model the way it needs, or makes one fail in a particular way. The pattern is "[METHOD ]PATH"
// in the syntax of http.ServeMux: "GET /api/v1/users/{id}" matches one user's GET, and h reads the segment with
// r.PathValue("id"); "/api/v1/apps/" matches everything below /api/v1/apps. A request matches the first
// WithHandler that matches it, in the order of the options. Stubbed requests are authenticated, counted against
// the rate limits and recorded in Server.Requests like any other. WithHandler panics if the pattern is malformed
// or h is nil.
func WithHandler(pattern string, h http.Handler) Option {
	m := mustMatcher(pattern)
	if h == nil {
		panic("oktatest: WithHandler: nil handler")
	}
	return func(c *config) { c.stubs = append(c.stubs, stub{m: m, h: h}) }
}

// stubFor returns the stub that answers a request, or nil.
func (s *Server) stubFor(method string, segs []string) *stub {
	for i := range s.stubs {
		if s.stubs[i].m.matches(method, segs) || (method == http.MethodHead && s.stubs[i].m.matches(http.MethodGet, segs)) {
			return &s.stubs[i]
		}
	}
	return nil
}

// request sets the path values of the stub's pattern on r.
func (st *stub) request(r *http.Request, segs []string) *http.Request {
	vals, _ := st.m.path.match(segs)
	for k, v := range vals {
		r.SetPathValue(k, v)
	}
	return r
}
