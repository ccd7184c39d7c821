package okta

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The replay conformance test: every recorded interaction of ../shared/cassettes (compact copy in
// testdata/cassettes) is matched to its operation, of 5.1.0's table or of the operations Okta added since
// (operations-current.tsv); the service method that implements it is found by its //okta:operation directive
// and called through reflection against a server that answers with the recorded response, and what the SDK sent
// and returned is checked against the recording. It covers whatever the package implements when it runs;
// operations without a method are counted, never passed; requests that match no operation are out of scope,
// each with its reason in outOfScopeReasons.
//
//	go test -run TestReplay -v .                                   # on testdata/cassettes
//	OKTA_REPLAY_DIR=../shared/cassettes go test -run TestReplay .  # on any directory of VCR cassettes

// TestReplay replays the cassettes of OKTA_REPLAY_DIR, or testdata/cassettes, and fails if any interaction of
// an implemented operation fails. On testdata/cassettes it also fails if a recorded request matches no operation
// and has no reason in outOfScopeReasons.
func TestReplay(t *testing.T) {
	t.Parallel()
	dir := os.Getenv("OKTA_REPLAY_DIR")
	own := dir == ""
	if own {
		dir = filepath.Join("testdata", "cassettes")
	}
	rep, err := newReplayer(t).replayDir(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	rep.log(t)
	if own {
		for _, r := range rep.Results {
			if _, ok := outOfScopeReasons[r.Method+" "+r.Path]; r.Outcome == replayOutOfScope && !ok {
				t.Errorf("replay: %s matches no operation of either table, and outOfScopeReasons has no reason for it", r)
			}
		}
	}
}

// outOfScopeReasons says why the recorded requests that match no operation, of 5.1.0 or of the current
// description, are not replayed, by "METHOD /path".
var outOfScopeReasons = map[string]string{
	"POST /oauth2/v1/token": "the OAuth 2.0 token endpoint, which the client calls itself to get access tokens for " +
		"private-key and DPoP authentication: not a management operation",
}

// replayOutcome is what became of one replayed call.
type replayOutcome int

const (
	replayPassed replayOutcome = iota
	replayFailed
	replayNotImplemented // no method has the operation's directive
	replayUnsupported    // a method has it, but its signature is one the harness cannot fill
	replayOutOfScope     // no operation of either table (5.1.0's, the current description's additions) matches
)

// replayResult is the outcome of one call: one recorded interaction, or a 429 (or retried 5xx) with the
// recorded retries that follow it.
type replayResult struct {
	Cassette  string
	Index     int    // index of the call's first interaction in the cassette
	Count     int    // interactions the call covers
	Method    string // recorded
	Path      string // recorded, normalised
	Operation string // the operationId, if one matched
	Tag       string // the operation's tag (its part of the API reference)
	Call      string // Service.Method, if implemented
	Outcome   replayOutcome
	Problems  []string // what differed (failed), or why it was not replayed
}

func (r replayResult) String() string {
	op := r.Operation
	if r.Call != "" {
		op += " (" + r.Call + ")"
	}
	if op == "" {
		op = "-"
	}
	return fmt.Sprintf("%s #%d %s %s %s: %s", r.Cassette, r.Index, op, r.Method, r.Path, strings.Join(r.Problems, "; "))
}

// replayReport is the outcome of a whole run.
type replayReport struct {
	Results []replayResult
}

// count returns how many interactions had outcome o.
func (rep *replayReport) count(o replayOutcome) int {
	n := 0
	for _, r := range rep.Results {
		if r.Outcome == o {
			n += r.Count
		}
	}
	return n
}

func (rep *replayReport) summary() string {
	n := 0
	for _, r := range rep.Results {
		n += r.Count
	}
	return fmt.Sprintf("replay: %d interactions, %d passed, %d failed, %d not implemented, %d out of scope",
		n, rep.count(replayPassed), rep.count(replayFailed),
		rep.count(replayNotImplemented)+rep.count(replayUnsupported), rep.count(replayOutOfScope))
}

// log reports every failure as a test error and, with -v, what was not implemented or out of scope; then the
// summary line.
func (rep *replayReport) log(t *testing.T) {
	t.Helper()
	type tally struct {
		n       int
		example string
	}
	notImpl := map[string]*tally{}
	outOfScope := map[string]*tally{}
	add := func(m map[string]*tally, key string, r replayResult) {
		if m[key] == nil {
			m[key] = &tally{example: fmt.Sprintf("%s #%d", r.Cassette, r.Index)}
		}
		m[key].n += r.Count
	}
	for _, r := range rep.Results {
		switch r.Outcome {
		case replayFailed:
			t.Errorf("replay failed: %s", r)
		case replayNotImplemented:
			add(notImpl, r.Tag+" "+r.Operation, r)
		case replayUnsupported:
			add(notImpl, fmt.Sprintf("%s %s (%s: unsupported signature: %s)", r.Tag, r.Operation, r.Call, strings.Join(r.Problems, "; ")), r)
		case replayOutOfScope:
			key := r.Method + " " + r.Path
			if reason, ok := outOfScopeReasons[key]; ok {
				key += " (" + reason + ")"
			}
			add(outOfScope, key, r)
		}
	}
	if testing.Verbose() {
		for _, key := range slices.Sorted(maps.Keys(notImpl)) {
			t.Logf("replay: not implemented: %s: %d interactions (e.g. %s)", key, notImpl[key].n, notImpl[key].example)
		}
		for _, key := range slices.Sorted(maps.Keys(outOfScope)) {
			t.Logf("replay: out of scope: %s: %d interactions (e.g. %s)", key, outOfScope[key].n, outOfScope[key].example)
		}
	}
	if n := rep.count(replayUnsupported); n > 0 {
		t.Logf("replay: %d of the not implemented interactions have a method whose signature the harness cannot fill", n)
	}
	t.Log(rep.summary())
}

// replayer replays cassettes against the package's service methods.
type replayer struct {
	routes  []replayRoute
	methods map[string]directive // operationIdentity → the method whose directive names the operation
	// lookup finds the method d names on a client; the harness's own tests substitute fake services.
	lookup func(c *Client, d directive) (reflect.Value, error)
}

// newReplayer reads the pinned operations of both tables and the directives of the package's service methods.
func newReplayer(t testing.TB) *replayer {
	t.Helper()
	list := replayOperations(t)
	known := map[string]bool{}
	for _, op := range list {
		known[operationIdentity(op)] = true
	}
	methods := map[string]directive{}
	// Malformed or missing directives are TestOperationCoverage's to report.
	for _, d := range parseDirectives(t, ".", func(string, ...any) {}) {
		if known[operationIdentity(d.operation)] {
			methods[operationIdentity(d.operation)] = d
		}
	}
	return &replayer{routes: compileRoutes(list), methods: methods, lookup: clientMethod}
}

// replayOperations returns the operations of both tables: 5.1.0's and those Okta added since.
func replayOperations(t testing.TB) []operation {
	t.Helper()
	var list []operation
	for _, ops := range []map[string]operation{loadOperations(t), loadCurrentOperations(t)} {
		for _, op := range ops {
			list = append(list, op)
		}
	}
	return list
}

// operationIdentity identifies an operation by its ID, method and path: Okta reused the ID addResourceSetResource for
// a new operation after 5.1.0, so an ID alone is not enough.
func operationIdentity(op operation) string { return op.ID + " " + op.Method + " " + op.Path }

// clientMethod finds the method d names on the service field of c whose type is *d.Service.
func clientMethod(c *Client, d directive) (reflect.Value, error) {
	cv := reflect.ValueOf(c).Elem()
	for i := range cv.NumField() {
		f := cv.Type().Field(i)
		if !f.IsExported() || f.Type.Kind() != reflect.Pointer || f.Type.Elem().Name() != d.Service {
			continue
		}
		m := cv.Field(i).MethodByName(d.Method)
		if !m.IsValid() {
			return reflect.Value{}, fmt.Errorf("*%s has no method %s", d.Service, d.Method)
		}
		return m, nil
	}
	return reflect.Value{}, fmt.Errorf("no field of Client is a *%s", d.Service)
}

// replayDir replays every cassette under dir.
func (h *replayer) replayDir(ctx context.Context, dir string) (*replayReport, error) {
	cassettes, err := loadCassettes(dir)
	if err != nil {
		return nil, err
	}
	if len(cassettes) == 0 {
		return nil, fmt.Errorf("no cassettes (*.yaml) under %s", dir)
	}
	results := make([][]replayResult, len(cassettes))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, c := range cassettes {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			results[i] = h.replayCassette(ctx, c)
		}()
	}
	wg.Wait()
	return &replayReport{Results: slices.Concat(results...)}, nil
}

// replayCassette replays the calls of one cassette in order, each against its own recorded responses, with a
// client and server of its own.
func (h *replayer) replayCassette(ctx context.Context, c *vcrCassette) []replayResult {
	groups := replayGroups(c.Interactions)
	retries := DefaultMaxRetries
	for _, g := range groups {
		retries = max(retries, len(g)-1)
	}
	srv := newReplayServer()
	defer srv.close()
	// Whatever host a call names, connections go to the replay server only.
	addr := srv.srv.Listener.Addr().String()
	transport := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}}
	defer transport.CloseIdleConnections()
	client, err := NewClient(WithOrgURL(srv.srv.URL), WithInsecureHTTP(), WithAPIToken("replay-api-token"),
		WithMaxWait(time.Millisecond), WithMaxRetries(retries),
		WithHTTPClient(&http.Client{Transport: transport, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}}))
	results := make([]replayResult, 0, len(groups))
	for _, g := range groups {
		r, target := h.resolve(c.Name, g)
		switch {
		case target == nil:
		case err != nil:
			r.Outcome, r.Problems = replayFailed, []string{"NewClient: " + err.Error()}
		default:
			h.replayCall(ctx, client, srv, g, target, &r)
		}
		results = append(results, r)
	}
	return results
}

// replayGroups splits interactions into calls: a 429 (or a 5xx of a method the SDK retries) followed by the
// same request is one call with its retry.
func replayGroups(in []vcrInteraction) [][]vcrInteraction {
	var groups [][]vcrInteraction
	for i := 0; i < len(in); {
		j := i + 1
		for j < len(in) && isRetryOf(in[j-1], in[j]) {
			j++
		}
		groups = append(groups, in[i:j])
		i = j
	}
	return groups
}

func isRetryOf(prev, next vcrInteraction) bool {
	if prev.Request.Method != next.Request.Method || prev.Request.URI != next.Request.URI {
		return false
	}
	switch prev.Response.Status {
	case http.StatusTooManyRequests:
		return true
	case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return idempotent(prev.Request.Method) && next.Request.Header.Get("X-Okta-Retry-Count") != ""
	}
	return false
}

// replayTarget is what a call resolved to: the method that implements its operation, and the inputs the
// recorded request gives it.
type replayTarget struct {
	d     directive
	ids   []string   // path parameters, unescaped, in path order
	query url.Values // recorded query
}

// resolve finds the operation and method of a call. The target is nil when there is nothing to call: the
// result then says why (out of scope or not implemented).
func (h *replayer) resolve(cassette string, group []vcrInteraction) (replayResult, *replayTarget) {
	first := group[0]
	r := replayResult{Cassette: cassette, Index: first.Index, Count: len(group), Method: first.Request.Method}
	segs, query, err := splitURI(first.Request.URI)
	r.Path = "/" + strings.Join(segs, "/")
	if err != nil {
		r.Outcome, r.Problems = replayOutOfScope, []string{err.Error()}
		return r, nil
	}
	route, ids := matchRoute(h.routes, first.Request.Method, segs)
	if route == nil {
		r.Outcome = replayOutOfScope
		if reason, ok := outOfScopeReasons[r.Method+" "+r.Path]; ok {
			r.Problems = []string{reason}
		}
		return r, nil
	}
	r.Operation, r.Tag = route.op.ID, route.op.Tag
	d, ok := h.methods[operationIdentity(route.op)]
	if !ok {
		r.Outcome = replayNotImplemented
		return r, nil
	}
	r.Call = d.Service + "." + d.Method
	return r, &replayTarget{d: d, ids: ids, query: query}
}

// replayCall calls the target method against group's recorded responses and records in r what differed.
func (h *replayer) replayCall(ctx context.Context, client *Client, srv *replayServer, group []vcrInteraction, target *replayTarget, r *replayResult) {
	first := group[0]
	fail := func(problems ...string) {
		r.Outcome = replayFailed
		r.Problems = append(r.Problems, problems...)
	}
	fn, err := h.lookup(client, target.d)
	if err != nil {
		fail(err.Error())
		return
	}
	sig, err := analyzeSignature(fn.Type(), len(target.ids))
	if err != nil {
		r.Outcome, r.Problems = replayUnsupported, []string{err.Error()}
		return
	}
	args, bodySent, problems := sig.args(target.ids, first.Request, target.query)
	if len(problems) > 0 {
		fail(problems...)
		return
	}

	srv.start(group)
	outs, panicked := callSafely(ctx, fn, args)
	requests, sent, serverProblems := srv.finish()
	if empty, ok := emptyBodyValue(sig.body); ok && requests == 0 && panicked == "" && first.Request.Body == nil {
		// Many write requests were recorded without their body. A method that refuses a nil body before sending
		// anything gets an empty one instead: the replay checks the response, and no body was recorded to compare.
		args[len(sig.idTypes)] = empty
		srv.start(group)
		outs, panicked = callSafely(ctx, fn, args)
		requests, sent, serverProblems = srv.finish()
	}
	if panicked != "" {
		fail("panic: " + panicked)
		return
	}
	problems = append(problems, serverProblems...)
	problems = append(problems, checkOutcome(sig, outs, group, requests)...)
	if bodySent && requests > 0 {
		problems = append(problems, checkSentBody(sig.body, first.Request.Body, sent)...)
	}
	if len(problems) > 0 {
		fail(problems...)
	}
}

func callSafely(ctx context.Context, fn reflect.Value, args []reflect.Value) (outs []reflect.Value, panicked string) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			panicked = fmt.Sprint(p)
		}
	}()
	return fn.Call(append([]reflect.Value{reflect.ValueOf(ctx)}, args...)), ""
}

// ---- operations and path templates

// replayRoute is an operation's path template, split for matching recorded paths.
type replayRoute struct {
	op    operation
	segs  []routeSegment
	shape string // per segment '2' literal, '1' parameter with literal text around it, '0' parameter
}

type routeSegment struct {
	literal        string // a literal segment
	param          bool
	prefix, suffix string // literal text around a parameter in its segment
}

func compileRoutes(ops []operation) []replayRoute {
	slices.SortFunc(ops, func(a, b operation) int { return strings.Compare(a.ID, b.ID) })
	routes := make([]replayRoute, 0, len(ops))
	for _, op := range ops {
		r := replayRoute{op: op}
		var shape strings.Builder
		for _, s := range splitPath(op.Path) {
			open, end := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}')
			if open < 0 || end < open {
				r.segs = append(r.segs, routeSegment{literal: s})
				shape.WriteByte('2')
				continue
			}
			// The spec writes one template as /api/v1/apps/${appId}/...: the "$" is a typo, not part of the path.
			seg := routeSegment{param: true, prefix: strings.TrimSuffix(s[:open], "$"), suffix: s[end+1:]}
			r.segs = append(r.segs, seg)
			if seg.prefix != "" || seg.suffix != "" {
				shape.WriteByte('1')
			} else {
				shape.WriteByte('0')
			}
		}
		r.shape = shape.String()
		routes = append(routes, r)
	}
	return routes
}

// matchRoute finds the operation of method and the (unescaped) path segments, and the path parameters in
// path order. Of several matching templates the most specific wins: the first segment where they differ is a
// literal rather than a parameter (/api/v1/users/me/... over /api/v1/users/{userId}/...).
func matchRoute(routes []replayRoute, method string, segs []string) (*replayRoute, []string) {
	var best *replayRoute
	var bestIDs []string
	for i := range routes {
		r := &routes[i]
		if r.op.Method != method || len(r.segs) != len(segs) {
			continue
		}
		ids, ok := r.match(segs)
		if !ok {
			continue
		}
		if best == nil || r.shape > best.shape {
			best, bestIDs = r, ids
		}
	}
	return best, bestIDs
}

func (r *replayRoute) match(segs []string) ([]string, bool) {
	var ids []string
	for i, s := range r.segs {
		got := segs[i]
		if !s.param {
			if got != s.literal {
				return nil, false
			}
			continue
		}
		if len(got) <= len(s.prefix)+len(s.suffix) || !strings.HasPrefix(got, s.prefix) || !strings.HasSuffix(got, s.suffix) {
			return nil, false
		}
		ids = append(ids, got[len(s.prefix):len(got)-len(s.suffix)])
	}
	return ids, true
}

// splitPath splits a path into its segments, dropping empty ones: a doubled slash (//api/v1/...) and a
// trailing slash do not count.
func splitPath(p string) []string {
	var segs []string
	for s := range strings.SplitSeq(p, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	return segs
}

// splitURI returns the unescaped path segments and the query of a recorded URI; the host is ignored.
func splitURI(uri string) ([]string, url.Values, error) {
	if strings.HasPrefix(uri, "/") {
		uri = "http://recorded.invalid" + uri // a path without a host; //api/... is a path too, not a host
	}
	u, err := url.Parse(uri)
	if err != nil {
		return nil, nil, fmt.Errorf("the recorded uri does not parse: %w", err)
	}
	segs := unescapedSegments(u.EscapedPath())
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return segs, nil, fmt.Errorf("the recorded query does not parse: %w", err)
	}
	return segs, q, nil
}

func unescapedSegments(escapedPath string) []string {
	segs := splitPath(escapedPath)
	for i, s := range segs {
		if u, err := url.PathUnescape(s); err == nil {
			segs[i] = u
		}
	}
	return segs
}

// ---- calling a method

var (
	contextType  = reflect.TypeFor[context.Context]()
	responseType = reflect.TypeFor[*Response]()
	errorType    = reflect.TypeFor[error]()
)

// replaySignature is what the harness knows how to pass to and read from a service method: ctx, one string per
// path parameter, then an optional request body and an optional options struct; it returns (*Response,
// error) or (T, *Response, error).
type replaySignature struct {
	idTypes []reflect.Type
	body    reflect.Type // nil: no body parameter
	opts    reflect.Type // nil: no options; else a pointer to a struct with `url` tags
	result  reflect.Type // nil: the method returns no value
}

func analyzeSignature(ft reflect.Type, ids int) (replaySignature, error) {
	var s replaySignature
	if ft.IsVariadic() {
		return s, errors.New("variadic")
	}
	if ft.NumIn() < 1 || ft.In(0) != contextType {
		return s, errors.New("the first parameter is not a context.Context")
	}
	if ft.NumIn() < 1+ids {
		return s, fmt.Errorf("%d parameters for %d path parameters", ft.NumIn()-1, ids)
	}
	for i := 1; i <= ids; i++ {
		if ft.In(i).Kind() != reflect.String {
			return s, fmt.Errorf("parameter %d (%s) is not a string for a path parameter", i, ft.In(i))
		}
		s.idTypes = append(s.idTypes, ft.In(i))
	}
	rest := make([]reflect.Type, 0, 2)
	for i := 1 + ids; i < ft.NumIn(); i++ {
		rest = append(rest, ft.In(i))
	}
	switch {
	case len(rest) == 0:
	case len(rest) == 1 && isOptionsType(rest[0]):
		s.opts = rest[0]
	case len(rest) == 1:
		s.body = rest[0]
	case len(rest) == 2 && isOptionsType(rest[1]):
		s.body, s.opts = rest[0], rest[1]
	default:
		return s, fmt.Errorf("parameters after the path IDs (%v) are not a body and an options struct", rest)
	}
	if s.body != nil && !fillableBody(s.body) {
		return s, fmt.Errorf("a body of type %s cannot be filled from a recording", s.body)
	}
	switch {
	case ft.NumOut() == 2 && ft.Out(0) == responseType && ft.Out(1) == errorType:
	case ft.NumOut() == 3 && ft.Out(1) == responseType && ft.Out(2) == errorType:
		s.result = ft.Out(0)
	default:
		return s, errors.New("results are not (*Response, error) or (T, *Response, error)")
	}
	return s, nil
}

// isOptionsType reports whether t is a pointer to a struct whose fields name query parameters in `url` tags.
func isOptionsType(t reflect.Type) bool {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return false
	}
	for i := range t.Elem().NumField() {
		if t.Elem().Field(i).Tag.Get("url") != "" {
			return true
		}
	}
	return false
}

// fillableBody reports whether a recorded body can be turned into a value of type t: raw text or bytes, or
// anything JSON decodes into (including the registered polymorphic interfaces). Readers (uploads) cannot.
func fillableBody(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Chan, reflect.Func, reflect.UnsafePointer, reflect.Invalid:
		return false
	case reflect.Interface:
		_, union := unions.Load(t)
		return union || t.NumMethod() == 0
	case reflect.Pointer:
		return t.Elem().Kind() != reflect.Interface && fillableBody(t.Elem())
	}
	return true
}

// args builds the arguments after ctx. bodySent reports whether a recorded body was passed, so what the SDK
// sends can be compared with it.
func (s replaySignature) args(ids []string, req vcrRequest, query url.Values) (args []reflect.Value, bodySent bool, problems []string) {
	for i, t := range s.idTypes {
		args = append(args, reflect.ValueOf(ids[i]).Convert(t)) // an ID may be of a named string type
	}
	if s.body != nil {
		v, filled, err := fillBody(s.body, req)
		if err != nil {
			problems = append(problems, err.Error())
		}
		args, bodySent = append(args, v), filled
	}
	if s.opts != nil {
		v, err := fillOptions(s.opts, query)
		if err != nil {
			problems = append(problems, err.Error())
		}
		args = append(args, v)
	} else if len(query) > 0 {
		problems = append(problems, fmt.Sprintf("the recorded query %s has parameters, but the method takes no options", query.Encode()))
	}
	return args, bodySent, problems
}

// emptyBodyValue is an empty value of the body type t, for a recording without a body: a new struct for a pointer,
// the unknown kind of a union.
func emptyBodyValue(t reflect.Type) (reflect.Value, bool) {
	switch {
	case t == nil:
		return reflect.Value{}, false
	case t.Kind() == reflect.Pointer:
		return reflect.New(t.Elem()), true
	case t.Kind() == reflect.Interface:
		if u, ok := unionKinds[t]; ok && u.unknown != nil {
			return reflect.ValueOf(u.unknown()), true
		}
	}
	return reflect.Value{}, false
}

// fillBody decodes a recorded request body into a value of type t; no recorded body gives t's zero value.
func fillBody(t reflect.Type, req vcrRequest) (reflect.Value, bool, error) {
	if req.Body == nil {
		return reflect.Zero(t), false, nil
	}
	switch {
	case t.Kind() == reflect.String:
		return reflect.ValueOf(string(req.Body)).Convert(t), true, nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
		return reflect.ValueOf(req.Body).Convert(t), true, nil
	case req.Form:
		return reflect.Zero(t), false, fmt.Errorf("the recorded form body does not fit %s", t)
	}
	p := reflect.New(t)
	if err := decodeJSON(req.Body, p.Interface()); err != nil {
		return reflect.Zero(t), false, fmt.Errorf("the recorded request body does not decode into %s: %v", t, err)
	}
	return p.Elem(), true, nil
}

// fillOptions sets the fields of a new options struct (t is a pointer to it) from a recorded query, by their
// `url` tags. An empty query gives nil options.
func fillOptions(t reflect.Type, q url.Values) (reflect.Value, error) {
	if len(q) == 0 {
		return reflect.Zero(t), nil
	}
	v := reflect.New(t.Elem())
	fields := map[string]int{}
	for i := range t.Elem().NumField() {
		f := t.Elem().Field(i)
		if name := f.Tag.Get("url"); name != "" && name != "-" && f.IsExported() {
			fields[name] = i
		}
	}
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(q)) {
		i, ok := fields[name]
		if !ok {
			errs = append(errs, fmt.Errorf("the recorded query parameter %s has no field in %s", name, t.Elem()))
			continue
		}
		if err := setQueryField(v.Elem().Field(i), q[name]); err != nil {
			errs = append(errs, fmt.Errorf("the recorded query parameter %s=%s: %v", name, strings.Join(q[name], ","), err))
		}
	}
	return v, errors.Join(errs...)
}

// setQueryField sets f from the values of one query parameter, the way encodeQuery would have written them.
func setQueryField(f reflect.Value, vals []string) error {
	if f.Kind() == reflect.Pointer {
		p := reflect.New(f.Type().Elem())
		if err := setQueryField(p.Elem(), vals); err != nil {
			return err
		}
		f.Set(p)
		return nil
	}
	if f.Kind() == reflect.Slice {
		var parts []string
		for _, v := range vals {
			parts = append(parts, strings.Split(v, ",")...)
		}
		s := reflect.MakeSlice(f.Type(), len(parts), len(parts))
		for i, part := range parts {
			if err := setQueryField(s.Index(i), []string{part}); err != nil {
				return err
			}
		}
		f.Set(s)
		return nil
	}
	if len(vals) != 1 {
		return fmt.Errorf("%d values for a field of type %s", len(vals), f.Type())
	}
	v := vals[0]
	if f.Type() == timeType {
		tm, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(tm))
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(v)
	case reflect.Bool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(v, 10, f.Type().Bits())
		if err != nil {
			return err
		}
		f.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(v, 10, f.Type().Bits())
		if err != nil {
			return err
		}
		f.SetUint(n)
	default:
		return fmt.Errorf("a field of type %s cannot be set from a query", f.Type())
	}
	return nil
}

// ---- the replay server

// replayServer answers the requests of one call with the call's recorded responses, in order, and checks that
// each request is the recorded one.
type replayServer struct {
	srv *httptest.Server

	mu       sync.Mutex
	group    []vcrInteraction
	requests int
	body     []byte // of the first request
	problems []string
}

func newReplayServer() *replayServer {
	s := &replayServer{}
	s.srv = httptest.NewServer(s)
	return s
}

func (s *replayServer) close() { s.srv.Close() }

func (s *replayServer) start(group []vcrInteraction) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.group, s.requests, s.body, s.problems = group, 0, nil, nil
}

func (s *replayServer) finish() (requests int, body []byte, problems []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	requests, body, problems = s.requests, s.body, s.problems
	if requests > 0 && requests < len(s.group) {
		problems = append(problems, fmt.Sprintf("the SDK made %d requests; the recording has %d (a %d answer and its retry)",
			requests, len(s.group), s.group[requests-1].Response.Status))
	}
	s.group = nil
	return requests, body, problems
}

func (s *replayServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	defer s.mu.Unlock()
	k := s.requests
	s.requests++
	if k == 0 {
		s.body = body
	}
	var rec *vcrInteraction
	switch {
	case k < len(s.group):
		rec = &s.group[k]
		prefix := ""
		if len(s.group) > 1 {
			prefix = fmt.Sprintf("request %d: ", k+1)
		}
		for _, p := range checkRequest(r, s.group, k) {
			s.problems = append(s.problems, prefix+p)
		}
	case len(s.group) > 0 && retryableStatus(s.group[len(s.group)-1].Response.Status):
		// The SDK retries beyond what was recorded: Okta would have kept answering the same.
		rec = &s.group[len(s.group)-1]
	default:
		s.problems = append(s.problems, fmt.Sprintf("unexpected request %d: %s %s", k+1, r.Method, r.URL))
		http.Error(w, "replay: unexpected request", http.StatusTeapot)
		return
	}
	writeRecorded(w, rec.Response)
}

func retryableStatus(code int) bool {
	return code == http.StatusTooManyRequests || code == http.StatusInternalServerError || code == http.StatusBadGateway ||
		code == http.StatusServiceUnavailable || code == http.StatusGatewayTimeout
}

// checkRequest compares request k of a call with its recording: method, path, query parameters (as sets of
// decoded values) and, for a retry, the X-Okta-Retry-* headers.
func checkRequest(r *http.Request, group []vcrInteraction, k int) []string {
	rec := group[k].Request
	var problems []string
	if r.Method != rec.Method {
		problems = append(problems, fmt.Sprintf("sent %s, recorded %s", r.Method, rec.Method))
	}
	wantSegs, wantQuery, _ := splitURI(rec.URI)
	if got := unescapedSegments(r.URL.EscapedPath()); !slices.Equal(got, wantSegs) {
		problems = append(problems, fmt.Sprintf("sent path %s, recorded %s", r.URL.EscapedPath(), "/"+strings.Join(wantSegs, "/")))
	}
	problems = append(problems, compareQuery(wantQuery, r.URL.Query())...)
	if k > 0 {
		if want := group[k-1].Response.Header.Get("X-Okta-Request-Id"); want != "" {
			if got := r.Header.Values("X-Okta-Retry-For"); len(got) != 1 || got[0] != want {
				problems = append(problems, fmt.Sprintf("X-Okta-Retry-For = %q, want %q", got, want))
			}
		}
		if got, want := r.Header.Values("X-Okta-Retry-Count"), strconv.Itoa(k); len(got) != 1 || got[0] != want {
			problems = append(problems, fmt.Sprintf("X-Okta-Retry-Count = %q, want %q", got, want))
		}
	}
	return problems
}

func compareQuery(want, got url.Values) []string {
	var problems []string
	for _, k := range slices.Sorted(maps.Keys(want)) {
		g, ok := got[k]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("query parameter %s=%s recorded, not sent", k, strings.Join(want[k], ",")))
		case !slices.Equal(slices.Sorted(slices.Values(want[k])), slices.Sorted(slices.Values(g))):
			problems = append(problems, fmt.Sprintf("query parameter %s: sent %q, recorded %q", k, g, want[k]))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[k]; !ok {
			problems = append(problems, fmt.Sprintf("query parameter %s=%s sent, not recorded", k, strings.Join(got[k], ",")))
		}
	}
	return problems
}

// writeRecorded answers with a recorded response, without the Content-Encoding: gzip that many recordings
// carry for a body stored as plain text, and without a Content-Type where none was recorded.
func writeRecorded(w http.ResponseWriter, resp vcrResponse) {
	h := w.Header()
	for k, vs := range resp.Header {
		switch http.CanonicalHeaderKey(k) {
		case "Content-Encoding", "Content-Length", "Transfer-Encoding", "Connection":
			continue
		}
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	if h.Get("Content-Type") == "" {
		h["Content-Type"] = nil // no sniffing
	}
	w.WriteHeader(resp.Status)
	w.Write(resp.Body)
}

// ---- checks

// checkOutcome compares what the method returned with the call's final recorded response: no error and the
// body's value for a success, an *Error with the status and errorCode for a failure.
func checkOutcome(sig replaySignature, outs []reflect.Value, group []vcrInteraction, requests int) []string {
	last := group[len(group)-1].Response
	var err error
	if e := outs[len(outs)-1]; !e.IsNil() {
		err = e.Interface().(error)
	}
	if requests == 0 {
		return []string{fmt.Sprintf("no request reached the server (error: %v)", err)}
	}
	var problems []string
	resp, _ := outs[len(outs)-2].Interface().(*Response)
	switch {
	case resp == nil:
		problems = append(problems, "the method returned a nil *Response")
	case resp.StatusCode != last.Status:
		problems = append(problems, fmt.Sprintf("Response.StatusCode = %d, recorded %d", resp.StatusCode, last.Status))
	}
	if last.Status >= 400 {
		var oe *Error
		if !errors.As(err, &oe) {
			return append(problems, fmt.Sprintf("want an *okta.Error for the recorded %d, got %v", last.Status, err))
		}
		if oe.StatusCode != last.Status {
			problems = append(problems, fmt.Sprintf("Error.StatusCode = %d, recorded %d", oe.StatusCode, last.Status))
		}
		if want := recordedErrorCode(last.Body); oe.ErrorCode != want {
			problems = append(problems, fmt.Sprintf("Error.ErrorCode = %q, recorded %q", oe.ErrorCode, want))
		}
		return problems
	}
	if err != nil {
		return append(problems, fmt.Sprintf("error for a recorded %d: %v", last.Status, err))
	}
	if sig.result == nil {
		if !emptyBody(last.Body) {
			problems = append(problems, fmt.Sprintf("the method returns no value, but Okta answered %s", excerpt(last.Body)))
		}
		return problems
	}
	return append(problems, checkValue(outs[0], last.Body)...)
}

// recordedErrorCode is the errorCode of a recorded error body (or the OAuth error, as Error carries it).
func recordedErrorCode(body []byte) string {
	var eb struct {
		ErrorCode string `json:"errorCode"`
		Error     string `json:"error"`
	}
	if json.Unmarshal(body, &eb) != nil {
		return ""
	}
	return cmp.Or(eb.ErrorCode, eb.Error)
}

// emptyBody reports whether a body carries no value: nothing, or an empty JSON object or null, which a method
// that returns no value loses nothing of.
func emptyBody(b []byte) bool {
	switch string(bytes.TrimSpace(b)) {
	case "", "{}", "null":
		return true
	}
	var v map[string]any
	return json.Unmarshal(b, &v) == nil && v != nil && len(v) == 0
}

// checkValue compares a returned value with the recorded body: raw bodies byte for byte, anything else
// encoded with encoding/json and compared as JSON values.
func checkValue(v reflect.Value, body []byte) []string {
	t := v.Type()
	switch {
	case t.Kind() == reflect.String:
		if v.String() != string(body) {
			return []string{fmt.Sprintf("returned %d bytes, recorded %d that differ", len(v.String()), len(body))}
		}
		return nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
		if !bytes.Equal(v.Bytes(), body) {
			return []string{fmt.Sprintf("returned %d bytes, recorded %d that differ", v.Len(), len(body))}
		}
		return nil
	}
	empty := len(bytes.TrimSpace(body)) == 0
	nilValue := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
		nilValue = v.IsNil()
	}
	switch {
	case empty && !v.IsZero():
		return []string{fmt.Sprintf("returned a %s for an empty body", t)}
	case empty:
		return nil
	case nilValue:
		return []string{fmt.Sprintf("returned a nil %s for %s", t, excerpt(body))}
	}
	out, err := json.Marshal(v.Interface())
	if err != nil {
		return []string{fmt.Sprintf("encoding the returned %s: %v", t, err)}
	}
	diffs, err := jsonDiff(body, out)
	if err != nil {
		return []string{fmt.Sprintf("the method returns %s, and %v", t, err)}
	}
	return prefixed("response ", diffs)
}

// checkSentBody compares the body the SDK sent with the recorded one it was given.
func checkSentBody(t reflect.Type, recorded, sent []byte) []string {
	if t.Kind() == reflect.String || (t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8) {
		if !bytes.Equal(recorded, sent) {
			return []string{fmt.Sprintf("sent a %d-byte body, recorded %d bytes that differ", len(sent), len(recorded))}
		}
		return nil
	}
	diffs, err := jsonDiff(recorded, sent)
	if err != nil {
		return []string{"request body: " + err.Error()}
	}
	return prefixed("request body ", diffs)
}

func prefixed(prefix string, diffs []string) []string {
	const most = 5
	if len(diffs) > most {
		diffs = append(diffs[:most:most], fmt.Sprintf("and %d more differences", len(diffs)-most))
	}
	for i := range diffs {
		diffs[i] = prefix + diffs[i]
	}
	return diffs
}

// jsonDiff compares two JSON texts as values and describes each difference with its path: members missing
// or added, values changed. Numbers are compared exactly by value (1 equals 1.0); strings to the letter, so a
// timestamp must come back in the text Okta wrote.
func jsonDiff(want, got []byte) ([]string, error) {
	w, err := jsonValue(want)
	if err != nil {
		return nil, fmt.Errorf("the recorded body is not JSON (%v): %s", err, excerpt(want))
	}
	g, err := jsonValue(got)
	if err != nil {
		return nil, fmt.Errorf("what was encoded is not JSON (%v): %s", err, excerpt(got))
	}
	var diffs []string
	diffJSON("$", w, g, &diffs)
	return diffs, nil
}

func jsonValue(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, errors.New("text after the value")
	}
	return v, nil
}

func diffJSON(path string, w, g any, diffs *[]string) {
	changed := func() {
		*diffs = append(*diffs, fmt.Sprintf("%s: %s, recorded %s", path, show(g), show(w)))
	}
	switch w := w.(type) {
	case map[string]any:
		gm, ok := g.(map[string]any)
		if !ok {
			changed()
			return
		}
		for _, k := range slices.Sorted(maps.Keys(w)) {
			gv, ok := gm[k]
			if !ok {
				*diffs = append(*diffs, fmt.Sprintf("%s.%s: missing, recorded %s", path, k, show(w[k])))
				continue
			}
			diffJSON(path+"."+k, w[k], gv, diffs)
		}
		for _, k := range slices.Sorted(maps.Keys(gm)) {
			if _, ok := w[k]; !ok {
				*diffs = append(*diffs, fmt.Sprintf("%s.%s: added %s", path, k, show(gm[k])))
			}
		}
	case []any:
		gs, ok := g.([]any)
		if !ok {
			changed()
			return
		}
		if len(gs) != len(w) {
			*diffs = append(*diffs, fmt.Sprintf("%s: %d elements, recorded %d", path, len(gs), len(w)))
		}
		for i := range min(len(w), len(gs)) {
			diffJSON(fmt.Sprintf("%s[%d]", path, i), w[i], gs[i], diffs)
		}
	case json.Number:
		gn, ok := g.(json.Number)
		if !ok || !sameNumber(w, gn) {
			changed()
		}
	case string:
		gs, ok := g.(string)
		if !ok || gs != w {
			changed()
		}
	default: // bool, nil
		if w != g {
			changed()
		}
	}
}

func sameNumber(a, b json.Number) bool {
	if a == b {
		return true
	}
	x, ok1 := new(big.Rat).SetString(string(a))
	y, ok2 := new(big.Rat).SetString(string(b))
	return ok1 && ok2 && x.Cmp(y) == 0
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return excerpt(b)
}

func excerpt(b []byte) string {
	const most = 100
	s := strings.Join(strings.Fields(string(b)), " ")
	if len(s) > most {
		s = s[:most] + "…"
	}
	if s == "" {
		return "an empty body"
	}
	return s
}
