package oktatest

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"io"
	"net/http"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/oktakit/okta"
)

// sdkMethod is a method of a service of okta.Client with the operation its //okta:operation directive names.
type sdkMethod struct {
	service, name string
	op            *operation
	fn            reflect.Value
}

// sdkOperations reads the //okta:operation directives of the SDK's service methods.
func sdkOperations(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Doc == nil || len(fd.Recv.List) != 1 {
				continue
			}
			star, ok := fd.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			recv, ok := star.X.(*ast.Ident)
			if !ok {
				continue
			}
			for _, c := range fd.Doc.List {
				if rest, ok := strings.CutPrefix(c.Text, "//okta:operation "); ok {
					out[recv.Name+"."+fd.Name.Name] = strings.Fields(rest)[0]
				}
			}
		}
	}
	return out
}

// sdkMethods lists every method of the services of client, with its operation. A …Iter method has the operation
// of its list method.
func sdkMethods(t *testing.T, client *okta.Client) []sdkMethod {
	t.Helper()
	directives := sdkOperations(t)
	byID := map[string]*operation{}
	for i := range operations {
		byID[operations[i].id] = &operations[i]
	}
	var out []sdkMethod
	cv := reflect.ValueOf(client).Elem()
	for i := range cv.NumField() {
		f := cv.Field(i)
		if !cv.Type().Field(i).IsExported() || f.Kind() != reflect.Pointer || !strings.HasSuffix(f.Type().Elem().Name(), "Service") {
			continue
		}
		svc := f.Type().Elem().Name()
		for j := range f.NumMethod() {
			m := f.Type().Method(j)
			id, ok := directives[svc+"."+m.Name]
			if !ok {
				id, ok = directives[svc+"."+strings.TrimSuffix(m.Name, "Iter")]
			}
			if !ok {
				t.Errorf("%s.%s has no //okta:operation directive", svc, m.Name)
				continue
			}
			op := byID[id]
			if op == nil {
				t.Errorf("%s.%s: operation %s is not in the operation table", svc, m.Name, id)
				continue
			}
			out = append(out, sdkMethod{service: svc, name: m.Name, op: op, fn: f.Method(j)})
		}
	}
	return out
}

// fixture is an org with one resource of each hand-written kind, whose IDs fill the path parameters that name
// them.
type fixture struct {
	srv                                  *Server
	user, group, app, policy, policyRule string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	srv := newTestServer(t,
		WithUsers(User{ID: "00ufixture0000000001", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Lee"}}),
		WithGroups(Group{ID: "00gfixture0000000001", Name: "Fixture"}),
		WithApps(App{ID: "0oafixture0000000001", Label: "Fixture", SignOnMode: "BOOKMARK", Status: "INACTIVE",
			Settings: map[string]any{"app": map[string]any{"url": "https://example.com"}}}))
	pol := send(t, srv, http.MethodPost, "/api/v1/policies", map[string]any{"type": "OKTA_SIGN_ON", "name": "Fixture"}).ok(t, 200).(map[string]any)
	rule := send(t, srv, http.MethodPost, "/api/v1/policies/"+str(pol, "id")+"/rules", map[string]any{"type": "SIGN_ON", "name": "Fixture"}).ok(t, 200).(map[string]any)
	return &fixture{srv: srv, user: "00ufixture0000000001", group: "00gfixture0000000001", app: "0oafixture0000000001",
		policy: str(pol, "id"), policyRule: str(rule, "id")}
}

// params gives the path parameters of op IDs: those of the fixture's resources where the parameter names one,
// made-up ones elsewhere, which the generic store is made to hold (as if a test had created them first).
func (f *fixture) params(op *operation) []string {
	var vals, concrete []string
	for i, seg := range op.path.segs {
		if !isWildcard(seg) {
			concrete = append(concrete, seg)
			continue
		}
		coll := ""
		if i > 0 {
			coll = op.path.segs[i-1]
		}
		v := map[string]string{"users": f.user, "groups": f.group, "apps": f.app, "policies": f.policy}[coll]
		if coll == "rules" && i > 2 && op.path.segs[i-2] == "{policyId}" {
			v = f.policyRule
		}
		if v == "" {
			v = "oktatest" + strings.Trim(seg, "{}")
		}
		vals = append(vals, v)
		concrete = append(concrete, v)
		f.srv.mu.Lock()
		if !f.srv.exists(op.path, concrete, f.srv.now()) {
			f.srv.putItem(concrete[:len(concrete)-1], v, map[string]any{}, f.srv.now(), true)
		}
		f.srv.mu.Unlock()
	}
	return vals
}

// argsFor makes well-formed arguments for a method: the path parameters for its leading strings, then zero
// values that are not nil.
func argsFor(t *testing.T, fn reflect.Value, params []string) []reflect.Value {
	ft := fn.Type()
	args := make([]reflect.Value, ft.NumIn())
	ctxType := reflect.TypeFor[context.Context]()
	readerType := reflect.TypeFor[io.Reader]()
	for i := range ft.NumIn() {
		in := ft.In(i)
		switch {
		case in == ctxType:
			args[i] = reflect.ValueOf(t.Context())
		case in.Kind() == reflect.String && len(params) > 0:
			args[i] = reflect.ValueOf(params[0]).Convert(in)
			params = params[1:]
		case in.Kind() == reflect.String:
			args[i] = reflect.ValueOf("oktatest").Convert(in)
		case readerType.ConvertibleTo(in) && in.Kind() == reflect.Interface && readerType.Implements(in):
			args[i] = reflect.ValueOf(io.Reader(strings.NewReader("oktatest")))
		case unionArgs[in] != nil:
			args[i] = reflect.ValueOf(unionArgs[in]).Convert(in)
		case in.Kind() == reflect.Pointer:
			args[i] = reflect.New(in.Elem())
			// Options that the SDK requires: the type of policies to list.
			if in.Elem().Kind() == reflect.Struct && strings.HasSuffix(in.Elem().Name(), "Options") {
				if f := args[i].Elem().FieldByName("Type"); f.IsValid() && f.Kind() == reflect.String {
					f.SetString("OKTA_SIGN_ON")
				}
			}
		case in.Kind() == reflect.Slice:
			args[i] = reflect.MakeSlice(in, 1, 1)
		case in.Kind() == reflect.Map:
			args[i] = reflect.MakeMap(in)
		default:
			args[i] = reflect.New(in).Elem()
		}
	}
	return args
}

// unionArgs are values of the unions that methods take as request bodies: a nil one is refused before any
// request (okta.ErrInvalidInput), as Okta requires those bodies.
var unionArgs = map[reflect.Type]any{
	reflect.TypeFor[okta.Application]():             &okta.UnknownApplication{},
	reflect.TypeFor[okta.AuthenticatorMethod]():     &okta.UnknownAuthenticatorMethod{},
	reflect.TypeFor[okta.BehaviorRule]():            &okta.UnknownBehaviorRule{},
	reflect.TypeFor[okta.DeviceAssurance]():         &okta.UnknownDeviceAssurance{},
	reflect.TypeFor[okta.LogStream]():               &okta.UnknownLogStream{},
	reflect.TypeFor[okta.ReplaceLogStreamRequest](): &okta.UnknownReplaceLogStreamRequest{},
	reflect.TypeFor[okta.Policy]():                  &okta.UnknownPolicy{},
	reflect.TypeFor[okta.PolicyRule]():              &okta.UnknownPolicyRule{},
	reflect.TypeFor[okta.PushProvider]():            &okta.UnknownPushProvider{},
	reflect.TypeFor[okta.UserFactor]():              &okta.UnknownUserFactor{},
}

// callMethod calls a method and returns its error; an iterator is run to its end.
func callMethod(fn reflect.Value, args []reflect.Value) error {
	out := fn.Call(args)
	if len(out) == 1 && out[0].Type().Kind() == reflect.Pointer && out[0].MethodByName("Next").IsValid() {
		it := out[0]
		for it.MethodByName("Next").Call(nil)[0].Bool() {
		}
		err, _ := it.MethodByName("Err").Call(nil)[0].Interface().(error)
		return err
	}
	last := out[len(out)-1]
	if last.IsNil() {
		return nil
	}
	return last.Interface().(error)
}

// TestEveryOperationAnswers calls every method of every service of okta.Client against a fresh fake org, with
// well-formed arguments: no operation answers 501, and every answer of the generic store decodes into the
// method's return type. Hand-written handlers and hooks may refuse an empty body the way Okta does (E0000001).
func TestEveryOperationAnswers(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	client, err := f.srv.NewClient()
	if err != nil {
		t.Fatal(err)
	}
	methods := sdkMethods(t, client)
	// The fixture's own resources are deleted last, since the other operations need them.
	last := map[string]bool{"deleteUser": true, "deleteGroup": true, "deleteApplication": true, "deletePolicy": true,
		"deletePolicyRule": true}
	slices.SortStableFunc(methods, func(a, b sdkMethod) int { return boolCmp(last[a.op.id], last[b.op.id]) })
	if len(methods) < 500 {
		t.Fatalf("found %d SDK methods, want at least 500", len(methods))
	}
	ops := map[string]bool{}
	for _, m := range methods {
		ops[m.op.id] = true
		err := callMethod(m.fn, argsFor(t, m.fn, f.params(m.op)))
		if err == nil {
			continue
		}
		var oe *okta.Error
		switch {
		case !errors.As(err, &oe):
			t.Errorf("%s.%s (%s %s): %v", m.service, m.name, m.op.method, m.op.path.raw, err)
		case oe.StatusCode == http.StatusNotImplemented:
			t.Errorf("%s.%s (%s %s) answered 501", m.service, m.name, m.op.method, m.op.path.raw)
		case (routes[m.op.id].handle == nil && hooks[m.op.id] == nil) || oe.StatusCode >= 500:
			t.Errorf("%s.%s (%s %s): %v", m.service, m.name, m.op.method, m.op.path.raw, err)
		}
	}
	t.Logf("%d methods, %d operations", len(methods), len(ops))
}

// TestEveryTableOperationAnswers sends every operation of both operation tables (5.1.0 and Okta's current
// description) over plain HTTP, with an empty JSON object for a body: none answers 501 or another 5xx, and what
// the generic store answers is 2xx.
func TestEveryTableOperationAnswers(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ops := slices.Clone(operations)
	last := map[string]bool{"deleteUser": true, "deleteGroup": true, "deleteApplication": true, "deletePolicy": true,
		"deletePolicyRule": true}
	slices.SortStableFunc(ops, func(a, b operation) int { return boolCmp(last[a.id], last[b.id]) })
	for i := range ops {
		op := &ops[i]
		if op.id == tokenOperation {
			continue
		}
		path := ""
		vals := f.params(op)
		for _, seg := range op.path.segs {
			if isWildcard(seg) {
				seg, vals = vals[0], vals[1:]
			}
			path += "/" + seg
		}
		var body any
		if op.method != http.MethodGet && op.method != http.MethodDelete {
			body = map[string]any{}
		}
		r := send(t, f.srv, op.method, path, body)
		switch {
		case r.status >= 500:
			t.Errorf("%s %s (%s) answered %d: %s", op.method, path, op.id, r.status, r.body)
		case r.status >= 300 && routes[op.id].handle == nil && hooks[op.id] == nil:
			t.Errorf("%s %s (%s) answered %d: %s", op.method, path, op.id, r.status, r.body)
		}
	}
}
