package oktatest

import (
	"bytes"
	crand "crypto/rand"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/oktakit/okta"
)

// Server is a fake Okta org listening on a loopback port. Start one with NewServer and stop it with Close. It is
// safe for concurrent use, and servers are independent of each other, so parallel tests can each have their
// own.
type Server struct {
	// URL is the org URL, http://127.0.0.1:<port>, without a trailing slash.
	URL string
	// Token is an API token the server accepts (Authorization: SSWS <Token>). It grants every permission.
	Token string

	srv *httptest.Server
	now func() time.Time
	ids *idGen

	mu sync.Mutex // guards everything below

	seq     uint64            // the order of creation, which lists follow
	cursors map[string]uint64 // every ID ever issued → its seq, so that a cursor outlives its resource

	users      []*user
	usersByID  map[string]*user
	groups     []*group
	groupsByID map[string]*group
	everyone   *group
	apps       []*app
	appsByID   map[string]*app
	policies   []*policy
	policyByID map[string]*policy

	orgID, userTypeID, userSchemaID string

	store  *store
	code   string // the passcode of user factors (WithPasscode)
	stubs  []stub
	events []map[string]any // the System Log, oldest first

	limits  *rateLimits
	faults  faults
	oauth   *oauthState
	records []Request
}

// NewServer starts a fake org configured by opts and returns it. Stop it with Close (t.Cleanup(srv.Close)).
// NewServer panics if an option is invalid (a malformed pattern, seed data that Okta would reject), the way
// httptest and http.ServeMux do, since that is a mistake in the test itself.
func NewServer(opts ...Option) *Server {
	cfg := &config{
		defaultLimit:  RateLimit{Limit: DefaultRateLimit, Window: time.Minute},
		tokenLifetime: time.Hour,
	}
	for _, opt := range opts {
		if opt != nil {
			opt(cfg)
		}
	}
	s := &Server{
		now:        cfg.clock,
		ids:        newIDGen(),
		cursors:    map[string]uint64{},
		usersByID:  map[string]*user{},
		groupsByID: map[string]*group{},
		appsByID:   map[string]*app{},
		policyByID: map[string]*policy{},
		store:      newStore(),
		stubs:      cfg.stubs,
		code:       cfg.passcode,
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.Token = cfg.token
	if s.Token == "" {
		s.Token = "00" + s.ids.random(40)
	}
	s.orgID = "00o" + s.ids.random(17)
	s.userTypeID = "oty" + s.ids.random(17)
	s.userSchemaID = "osc" + s.ids.random(17)
	s.limits = newRateLimits(cfg.defaultLimit, cfg.limits)
	s.faults.latency = cfg.latency
	s.oauth = newOAuthState(cfg)

	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	s.URL = s.srv.URL
	if err := s.seed(cfg); err != nil {
		s.srv.Close()
		panic("oktatest: " + err.Error())
	}
	return s
}

// Close shuts the server down and waits for outstanding requests to finish.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// NewClient returns an okta.Client pointed at the server and authenticated with its API token: the options
// okta.WithOrgURL(s.URL), okta.WithInsecureHTTP() and okta.WithAPIToken(s.Token), followed by opts. To
// authenticate another way (a private key registered with WithServiceApp, say), build the client with
// okta.NewClient, okta.WithOrgURL(s.URL) and okta.WithInsecureHTTP() instead.
func (s *Server) NewClient(opts ...okta.Option) (*okta.Client, error) {
	base := []okta.Option{okta.WithOrgURL(s.URL), okta.WithInsecureHTTP(), okta.WithAPIToken(s.Token)}
	return okta.NewClient(append(base, opts...)...)
}

// HTTPClient returns an *http.Client configured for requests to the server, for tests that speak HTTP directly.
func (s *Server) HTTPClient() *http.Client { return s.srv.Client() }

// Request is a request the server received, as Requests reports it.
type Request struct {
	Method string
	// Path is the escaped path, such as /api/v1/users/00u1%2Fx.
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
	// Status is the status of the answer, or 0 if the connection was dropped.
	Status int
	// RequestID is the X-Okta-Request-Id the server answered with.
	RequestID string
}

// Requests returns the requests the server has received so far, in the order they were answered, so that a test
// can check what a client sent: retry headers, query parameters, bodies.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.records))
	copy(out, s.records)
	return out
}

// statusWriter remembers the status a handler answered with.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// serveHTTP is the one entry point: it identifies the request, applies injected faults and rate limits,
// authenticates, and dispatches to the operation's handler.
func (s *Server) serveHTTP(hw http.ResponseWriter, r *http.Request) {
	now := s.now()
	reqID := s.ids.random(27)
	body, _ := io.ReadAll(io.LimitReader(r.Body, maxBody))
	r.Body = io.NopCloser(bytes.NewReader(body))
	rec := Request{
		Method: r.Method, Path: r.URL.EscapedPath(), Query: r.URL.Query(), Header: r.Header.Clone(), Body: body,
		RequestID: reqID,
	}
	w := &statusWriter{ResponseWriter: hw}
	// The record is kept before the client can see the end of the answer (the server flushes it after this
	// handler returns), so that Requests, called after a response, includes its request.
	recorded := false
	record := func() {
		if !recorded {
			recorded = true
			rec.Status = w.status
			s.mu.Lock()
			s.records = append(s.records, rec)
			s.mu.Unlock()
		}
	}
	defer record()

	h := w.Header()
	h.Set("X-Okta-Request-Id", reqID)
	h.Set("Date", now.UTC().Format(http.TimeFormat))
	h.Set("Cache-Control", "no-cache, no-store")

	segs := splitPath(r.URL.EscapedPath())
	if d := s.faults.delay(r.Method, segs); d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	res := resolve(r.Method, segs)
	key := r.Method + " " + r.URL.EscapedPath()
	if res.op != nil {
		key = res.op.method + " " + res.op.path.raw
	}
	withinLimit := s.limits.take(key, r.Method, segs, now, h)

	switch f := s.faults.take(r.Method, segs); {
	case f.drop:
		record() // before the client sees the connection close
		if hj, ok := hw.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler) // HTTP/2: abort the stream instead
	case f.status != 0:
		if f.status == http.StatusTooManyRequests {
			// The window ends now, so that a client waits only its minimum before retrying.
			h.Set("X-Rate-Limit-Remaining", "0")
			h.Set("X-Rate-Limit-Reset", strconv.FormatInt(now.Unix(), 10))
		}
		s.writeError(w, errStatus(f.status))
		return
	}
	if !withinLimit {
		s.writeError(w, errRateLimited())
		return
	}

	if res.op != nil && res.op.id == tokenOperation {
		s.token(w, r, now)
		return
	}
	p, aerr := s.authenticate(r, now)
	if aerr != nil {
		s.writeError(w, aerr)
		return
	}
	if st := s.stubFor(r.Method, segs); st != nil {
		st.h.ServeHTTP(w, st.request(r, segs))
		return
	}
	switch {
	case res.op == nil && len(res.allowed) > 0:
		s.writeError(w, errMethodNotAllowed(res.allowed))
		return
	case res.op == nil:
		s.writeError(w, errUnknownPath(r.URL.Path))
		return
	}
	for name, v := range res.params {
		r.SetPathValue(name, v)
	}
	rt, ok := routes[res.op.id]
	handle := func(c *call) (int, any, *apiError) { return rt.handle(s, c) }
	if !ok {
		rt = route{scope: scopeFamily(res.op)}
		handle = func(c *call) (int, any, *apiError) { return s.serveGeneric(c, res.op) }
	}
	if aerr := p.allow(rt.scope, r.Method); aerr != nil {
		s.writeError(w, aerr)
		return
	}
	c := &call{w: w, r: r, now: now}
	s.mu.Lock()
	status, out, herr := handle(c)
	if herr == nil {
		s.afterWrite(c, res.op, status, out)
	}
	s.mu.Unlock()
	switch {
	case herr != nil:
		s.writeError(w, herr)
	case status == http.StatusNoContent || out == nil:
		w.WriteHeader(status)
	default:
		if raw, ok := out.(rawBody); ok {
			w.Header().Set("Content-Type", raw.contentType)
			w.WriteHeader(status)
			w.Write(raw.data)
			return
		}
		writeJSON(w, status, out)
	}
}

// call is one request being handled.
type call struct {
	w   http.ResponseWriter // for headers
	r   *http.Request
	now time.Time
}

func (c *call) param(name string) string { return c.r.PathValue(name) }
func (c *call) query(name string) string { return c.r.URL.Query().Get(name) }

// boolQuery reads a boolean query parameter, def when absent or malformed.
func (c *call) boolQuery(name string, def bool) bool {
	v, err := strconv.ParseBool(c.query(name))
	if err != nil {
		return def
	}
	return v
}

// route is an operation the server implements: its handler and the scope family that guards it (the scope
// okta.users.read allows GETs of a "okta.users" route, okta.users.manage allows every method).
type route struct {
	handle func(*Server, *call) (int, any, *apiError)
	scope  string
}

// routes maps operation IDs of the Okta Management API to their handlers. Operations not listed here answer 501.
var routes = map[string]route{}

func register(scope string, handlers map[string]func(*Server, *call) (int, any, *apiError)) {
	for id, h := range handlers {
		routes[id] = route{handle: h, scope: scope}
	}
}

// idGen makes Okta-style IDs: a three-character prefix that names the kind, then random letters and digits.
type idGen struct {
	mu sync.Mutex
	r  *rand.Rand
}

func newIDGen() *idGen {
	var seed [32]byte
	crand.Read(seed[:])
	return &idGen{r: rand.New(rand.NewChaCha8(seed))}
}

const idAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func (g *idGen) random(n int) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	var b strings.Builder
	b.Grow(n)
	for range n {
		b.WriteByte(idAlphabet[g.r.IntN(len(idAlphabet))])
	}
	return b.String()
}

// newID issues an ID with the given prefix (00u users, 00g groups, 0oa apps, 00p policies, 0pr rules) and
// remembers its place in the order of creation. Callers hold s.mu.
func (s *Server) newID(prefix string) (string, uint64) {
	id := prefix + s.ids.random(17)
	s.seq++
	s.cursors[id] = s.seq
	return id, s.seq
}

// claimID registers an ID chosen by seed data.
func (s *Server) claimID(id string) uint64 {
	s.seq++
	s.cursors[id] = s.seq
	return s.seq
}

// href makes an absolute link to a path of the server.
func (s *Server) href(path string, elems ...string) map[string]any {
	for _, e := range elems {
		path += "/" + url.PathEscape(e)
	}
	return map[string]any{"href": s.URL + path}
}

// postHref is a link to a lifecycle operation, the way Okta writes them on users.
func (s *Server) postHref(path string) map[string]any {
	return map[string]any{"href": s.URL + path, "method": "POST"}
}
