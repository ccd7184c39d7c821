package okta

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// encodeQuery turns an options struct into query parameters. Each field names its parameter in a `url` tag
// (`url:"sendEmail"`), which is also how tools such as the replay tests map recorded queries back to options.
// Zero values are left out, so a nil or empty options struct sends nothing; use a *bool or *int where false or
// 0 must be sent. Slices are sent comma-separated, as the API's form-style array parameters expect.
func encodeQuery(opts any) (url.Values, error) {
	v := reflect.ValueOf(opts)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil, nil
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil, nil
	}
	if v.Kind() != reflect.Struct {
		return nil, fmt.Errorf("okta: internal error: options of type %s are not a struct", v.Type())
	}
	q := url.Values{}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("url")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		s, ok := queryValue(v.Field(i))
		if ok {
			q.Set(name, s)
		}
	}
	return q, nil
}

func queryValue(v reflect.Value) (string, bool) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "", false
		}
		v = v.Elem()
		if s, ok := queryValue(v); ok {
			return s, true
		}
		// A pointer says "send this even if it is zero".
		switch v.Kind() {
		case reflect.Bool:
			return "false", true
		case reflect.Int, reflect.Int32, reflect.Int64:
			return "0", true
		case reflect.String:
			return "", true
		}
		return "", false
	}
	if v.IsZero() {
		return "", false
	}
	if t, ok := v.Interface().(time.Time); ok {
		return t.UTC().Format(time.RFC3339), true
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), true
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), true
	case reflect.Slice:
		parts := make([]string, 0, v.Len())
		for i := range v.Len() {
			if s, ok := queryValue(v.Index(i)); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ","), len(parts) > 0
	}
	return fmt.Sprint(v.Interface()), true
}
