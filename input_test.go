package okta

import (
	"bufio"
	"errors"
	"go/ast"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
)

// loadBodyRequired returns, for each operation of both operation tables, its operationKey and whether Okta
// requires its request body (the column request_body_required).
func loadBodyRequired(t testing.TB) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, name := range []string{"operations.tsv", "operations-current.tsv"} {
		f, err := os.Open(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		col := map[string]int{}
		for first := true; sc.Scan(); first = false {
			cells := strings.Split(sc.Text(), "\t")
			if first {
				for i, c := range cells {
					col[c] = i
				}
				if _, ok := col["request_body_required"]; !ok {
					t.Fatalf("%s has no column request_body_required", name)
				}
				continue
			}
			i := col["request_body_required"]
			out[operationKey(cells[col["method"]], cells[col["path"]])] = i < len(cells) && cells[i] == "true"
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// methodParams returns the parameter names of every exported service method of the package, keyed
// "Users.Create".
func methodParams(t testing.TB) map[string][]string {
	t.Helper()
	_, files := parseSource(t)
	out := map[string][]string{}
	for _, f := range files {
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 || !fn.Name.IsExported() {
				continue
			}
			svc, ok := strings.CutSuffix(receiverName(fn.Recv.List[0].Type), "Service")
			if !ok {
				continue
			}
			var names []string
			for _, p := range fn.Type.Params.List {
				for _, n := range p.Names {
					names = append(names, n.Name)
				}
			}
			out[svc+"."+fn.Name.Name] = names
		}
	}
	return out
}

// bodyParam returns the index of the request body among the parameters of m, a service method implementing an
// operation with npath path parameters: the first parameter after the context and the path IDs that is not an
// options struct; -1 if there is none.
func bodyParam(m reflect.Type, npath int) int {
	for i := 1 + npath; i < m.NumIn(); i++ {
		if in := m.In(i); !(in.Kind() == reflect.Pointer && strings.HasSuffix(in.Elem().Name(), "Options")) {
			return i
		}
	}
	return -1
}

// callWithBody calls m with the context, "id1", "id2", ... for the path IDs, body at index bodyIndex (the zero
// value when body is invalid) and zero values for everything else; it returns the *Response and the error.
func callWithBody(t *testing.T, m reflect.Value, npath, bodyIndex int, body reflect.Value) (*Response, error) {
	t.Helper()
	mt := m.Type()
	args := make([]reflect.Value, mt.NumIn())
	args[0] = reflect.ValueOf(t.Context())
	for i := 1; i < mt.NumIn(); i++ {
		switch {
		case i == bodyIndex && body.IsValid():
			args[i] = body
		case i <= npath && mt.In(i).Kind() == reflect.String:
			args[i] = reflect.ValueOf("id" + string(rune('0'+i))).Convert(mt.In(i))
		default:
			args[i] = reflect.Zero(mt.In(i))
		}
	}
	out := m.Call(args)
	var resp *Response
	for _, o := range out {
		if r, ok := o.Interface().(*Response); ok {
			resp = r
		}
	}
	err, _ := out[len(out)-1].Interface().(error)
	return resp, err
}

// certificateMethods take the request body as certificate bytes and check them before the generic check does,
// with their own message.
var certificateMethods = map[string]string{
	"Apps.PublishCSR":              "the certificate is empty",
	"IdentityProviders.PublishCSR": "the certificate is empty",
}

// TestRequiredBodies keeps requiredBodyParams equal to the operations whose request body Okta requires, and
// calls every service method implementing one of them with a nil (or empty) body: each must fail with an error
// that matches ErrInvalidInput and names the method and the parameter, without a Response and before any
// request reaches the server. Methods added later are found through their //okta:operation lines.
func TestRequiredBodies(t *testing.T) {
	t.Parallel()
	required := loadBodyRequired(t)
	var want []string
	for key, req := range required {
		if req {
			want = append(want, key)
			if _, ok := requiredBodies()[key]; !ok {
				t.Errorf("requiredBodyParams has no entry for %s, whose body Okta requires", key)
			}
		}
	}
	for key := range requiredBodies() {
		if !required[key] {
			t.Errorf("requiredBodyParams has %s, whose body Okta does not require", key)
		}
	}
	if len(requiredBodyParams) != len(want) {
		t.Errorf("requiredBodyParams has %d entries for %d operations (the same operation twice?)", len(requiredBodyParams), len(want))
	}

	c, mux := setup(t, WithMaxRetries(0))
	var hits atomic.Int32
	serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		t.Errorf("request %s %s reached the server", r.Method, r.URL.Path)
		w.WriteHeader(http.StatusTeapot)
	})
	params := methodParams(t)
	named := map[string]bool{}
	tested := 0
	for _, d := range parseDirectives(t, ".", func(string, ...any) {}) {
		key := operationKey(d.operation.Method, d.Path)
		if !required[key] {
			continue
		}
		svc := strings.TrimSuffix(d.Service, "Service")
		name := svc + "." + d.Method
		m, err := clientMethod(c, d)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		npath := len(pathParams(d.Path))
		bi := bodyParam(m.Type(), npath)
		if bi < 0 {
			t.Errorf("%s implements %s, whose body Okta requires, but takes no body", name, d.ID)
			continue
		}
		param := params[name][bi] // the receiver is not among them, the context is
		tableName := requiredBodies()[key]
		if tableName != param {
			t.Errorf("%s: requiredBodyParams names the body of %s %s %q, the method's parameter is %q", name, d.operation.Method, d.Path, tableName, param)
		}
		named[key] = true
		tested++

		wantMsg := name + ": " + tableName + " is nil"
		if m.Type().In(bi).Kind() == reflect.String {
			wantMsg = name + ": " + tableName + " is empty"
		}
		if msg, ok := certificateMethods[name]; ok {
			wantMsg = msg
		}
		bodies := []reflect.Value{{}} // the zero value: nil, or "" for a string body
		if bt := m.Type().In(bi); bt.Kind() == reflect.Interface {
			// A typed nil pointer in the interface counts as nil too: a nil *BookmarkApplication for Application.
			if u, ok := unionKinds[bt]; ok && len(u.kinds) > 0 {
				bodies = append(bodies, reflect.Zero(reflect.TypeOf(u.kinds[0].new())))
			}
		}
		for _, body := range bodies {
			resp, err := callWithBody(t, m, npath, bi, body)
			if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), wantMsg) || resp != nil {
				t.Errorf("%s with a nil body (%v): error = %v, response = %v; want an error matching ErrInvalidInput saying %q, no response",
					name, body, err, resp, wantMsg)
			}
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests reached the server", hits.Load())
	}
	if len(named) != len(want) {
		t.Errorf("%d of %d operations with a required body have no method", len(want)-len(named), len(want))
	}
	t.Logf("%d methods with a required body checked", tested)
}

// TestOptionalBodiesStayOptional: where Okta does not require a request body, a nil body is still sent (as no
// body) rather than refused.
func TestOptionalBodiesStayOptional(t *testing.T) {
	t.Parallel()
	c, mux := setup(t, WithMaxRetries(0))
	var hits atomic.Int32
	serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serveJSON(w, http.StatusOK, []byte(`{}`))
	})
	required := loadBodyRequired(t)
	n := 0
	for _, d := range parseDirectives(t, ".", func(string, ...any) {}) {
		key := operationKey(d.operation.Method, d.Path)
		if req, known := required[key]; !known || req || d.operation.Method == http.MethodGet || d.operation.Method == http.MethodDelete {
			continue
		}
		m, err := clientMethod(c, d)
		if err != nil {
			t.Fatal(err)
		}
		npath := len(pathParams(d.Path))
		bi := bodyParam(m.Type(), npath)
		if bi < 0 || !slices.Contains([]reflect.Kind{reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map}, m.Type().In(bi).Kind()) {
			continue
		}
		n++
		if _, err := callWithBody(t, m, npath, bi, reflect.Value{}); errors.Is(err, ErrInvalidInput) {
			t.Errorf("%s.%s with a nil optional body: %v", d.Service, d.Method, err)
		}
	}
	if n == 0 || hits.Load() == 0 {
		t.Errorf("%d methods with an optional body, %d requests: want some", n, hits.Load())
	}
	t.Logf("%d methods with an optional body called with nil", n)
}

// TestNilBodyError pins the message of a missing body for the calls issue 11 names.
func TestNilBodyError(t *testing.T) {
	t.Parallel()
	c, _ := setup(t)
	ctx := t.Context()
	var nilApp *BookmarkApplication
	for _, tt := range []struct {
		call func() (*Response, error)
		want string
	}{
		{func() (*Response, error) { _, r, err := c.Users.Create(ctx, nil, nil); return r, err },
			"okta: Users.Create: user is nil: POST /api/v1/users requires a request body"},
		{func() (*Response, error) { _, r, err := c.Groups.Create(ctx, nil); return r, err },
			"okta: Groups.Create: group is nil: POST /api/v1/groups requires a request body"},
		{func() (*Response, error) { _, r, err := c.Apps.Create(ctx, nilApp, nil); return r, err },
			"okta: Apps.Create: app is nil: POST /api/v1/apps requires a request body"},
		{func() (*Response, error) { _, r, err := c.Apps.Replace(ctx, "0oa1", nilApp); return r, err },
			"okta: Apps.Replace: app is nil: PUT /api/v1/apps/{appId} requires a request body"},
		{func() (*Response, error) { return c.SSFReceivers.PublishSecurityEventToken(ctx, "") },
			"okta: SSFReceivers.PublishSecurityEventToken: token is empty: POST /security/api/v1/security-events requires a request body"},
		// An empty ID is reported first, and matches ErrInvalidInput too.
		{func() (*Response, error) { _, r, err := c.Apps.Replace(ctx, "", nil); return r, err }, "okta: appId is empty"},
	} {
		resp, err := tt.call()
		if err == nil || err.Error() != tt.want || !errors.Is(err, ErrInvalidInput) || resp != nil {
			t.Errorf("error = %v, response = %v; want %q matching ErrInvalidInput, no response", err, resp, tt.want)
		}
	}
}

// TestHeaderOptionsRejectControlCharacters: a header name or value that net/http would refuse to send (a CR, an
// LF, another control character, a name that is not a token) makes NewClient fail, naming the option and never
// quoting a token, instead of failing every request after its retries.
func TestHeaderOptionsRejectControlCharacters(t *testing.T) {
	t.Parallel()
	const secret = "00aSecretTokenValue"
	org := WithOrgURL("https://example.okta.com")
	for _, tt := range []struct {
		name string
		opt  Option
		want string // "" when the option is valid
	}{
		{"WithHeader value CRLF", WithHeader("X-Tenant", "blue\r\nX-Evil: 1"), "WithHeader: the value of X-Tenant contains a line break"},
		{"WithHeader value LF", WithHeader("X-Tenant", "blue\n"), "WithHeader: the value of X-Tenant contains a line break"},
		{"WithHeader value NUL", WithHeader("X-Tenant", "a\x00b"), "WithHeader: the value of X-Tenant contains the control character 0x0"},
		{"WithHeader value DEL", WithHeader("X-Tenant", "a\x7fb"), "WithHeader: the value of X-Tenant contains the control character 0x7f"},
		{"WithHeader name CR", WithHeader("X-Ten\rant", "blue"), "WithHeader: \"X-Ten\\rant\" is not a valid header name"},
		{"WithHeader name slash", WithHeader("X/Tenant", "blue"), "WithHeader: \"X/Tenant\" is not a valid header name"},
		{"WithHeader name non-ASCII", WithHeader("X-Ténant", "blue"), "is not a valid header name"},
		{"WithHeader empty name", WithHeader("", "blue"), "is not a valid header name"},
		{"WithAPIToken CRLF", WithAPIToken(secret + "\r\nX-Evil: 1"), "WithAPIToken: the token contains a line break"},
		{"WithAPIToken inner LF", WithAPIToken("00a\n" + secret), "WithAPIToken: the token contains a line break"},
		{"WithAPIToken NUL", WithAPIToken(secret + "\x00"), "WithAPIToken: the token contains the control character"},
		{"WithBearerToken LF", WithBearerToken("eyJ\n" + secret), "WithBearerToken: the token contains a line break"},
		{"WithUserAgent CRLF", WithUserAgent("tool/1.0\r\nX-Evil: 1"), "WithUserAgent: the user agent contains a line break"},
		{"WithUserAgent ESC", WithUserAgent("tool\x1b[31m"), "WithUserAgent: the user agent contains the control character 0x1b"},
		// Valid: a tab, text beyond ASCII in a value, surrounding whitespace around a token (trimmed).
		{"WithHeader value tab", WithHeader("X-Tenant", "a\tb"), ""},
		{"WithHeader value UTF-8", WithHeader("X-Tenant", "bleu é"), ""},
		{"WithAPIToken trailing newline", WithAPIToken(secret + "\n"), ""},
		{"WithUserAgent", WithUserAgent("tool/1.0 (+https://example.com)"), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			opts := []Option{org, tt.opt}
			if !strings.HasPrefix(tt.name, "WithAPIToken") && !strings.HasPrefix(tt.name, "WithBearerToken") {
				opts = append(opts, WithAPIToken(secret))
			}
			c, err := NewClient(opts...)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("NewClient: %v", err)
				}
				return
			}
			if err == nil || c != nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("NewClient = %v, %v; want an error containing %q", c, err, tt.want)
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "X-Evil") {
				t.Errorf("the error quotes the value: %v", err)
			}
		})
	}
}

// TestHeaderParameterWithLineBreak: an operation's own header parameter (verifyFactor's X-Forwarded-For) with a
// line break fails the call before anything is sent; ContextWithHeader ignores such a value.
func TestHeaderParameterWithLineBreak(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	r := newRequest(http.MethodPost, "/api/v1/users/{userId}/factors/{factorId}/verify", "00u1", "f1").
		withHeader("X-Forwarded-For", "10.0.0.1\r\nX-Evil: 1")
	_, err := exec(t.Context(), c, r)
	if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), "X-Forwarded-For header contains a line break") {
		t.Errorf("error = %v, want one matching ErrInvalidInput about the line break", err)
	}
	mux.HandleFunc("GET /api/v1/users/00u1", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Trace") != "" {
			t.Errorf("X-Trace = %q, want none", r.Header.Get("X-Trace"))
		}
		serveJSON(w, http.StatusOK, []byte(`{"id":"00u1"}`))
	})
	if _, _, err := c.Users.Get(ContextWithHeader(t.Context(), "X-Trace", "a\nb"), "00u1", nil); err != nil {
		t.Fatal(err)
	}
}
